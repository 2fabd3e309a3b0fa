export * from './notifier.module';
export * from './notifier.agent';
export * from './notification-channel.types';
export { renderDigest, digestSubject, DIGEST_TOP } from './digest.renderer';
export { FileNotificationChannel, DIGEST_FILE_NAMES } from './file-notification.channel';
export { SmtpNotificationChannel } from './smtp-notification.channel';
