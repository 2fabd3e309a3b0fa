import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { FileNotificationChannel } from './file-notification.channel';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notification-channel.types';
import { NotifierAgent } from './notifier.agent';
import { SmtpNotificationChannel } from './smtp-notification.channel';

/** The notifier; needs APP_CONFIG from a global config module (the SMTP settings). */
@Module({
  providers: [
    FileNotificationChannel,
    {
      provide: NOTIFICATION_CHANNELS,
      // Most preferred first: SMTP when it accepts (and it keeps the files too), the file channel, which accepts every local run.
      useFactory: (config: AppConfig, file: FileNotificationChannel): NotificationChannel[] => [
        new SmtpNotificationChannel(config, file),
        file,
      ],
      inject: [APP_CONFIG, FileNotificationChannel],
    },
    NotifierAgent,
  ],
  exports: [NotifierAgent],
})
export class NotifierModule {}
