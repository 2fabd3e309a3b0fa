import { Module } from '@nestjs/common';
import { FileNotificationChannel } from './file-notification.channel';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notification-channel.types';
import { NotifierAgent } from './notifier.agent';

@Module({
  providers: [
    FileNotificationChannel,
    {
      provide: NOTIFICATION_CHANNELS,
      // Most preferred first; an SMTP channel goes before the file channel, which accepts everything.
      useFactory: (file: FileNotificationChannel): NotificationChannel[] => [file],
      inject: [FileNotificationChannel],
    },
    NotifierAgent,
  ],
  exports: [NotifierAgent],
})
export class NotifierModule {}
