/**
 * A notification that can never be rendered: an unknown template or data that does not fit it. Retrying will not
 * help. The message names the template and the fields, never their values (they are personal data).
 */
export class NotificationRenderError extends Error {
  constructor(
    readonly code: 'mail.unknown_template' | 'mail.invalid_data',
    message: string,
    readonly fields: readonly string[] = [],
  ) {
    super(message);
    this.name = 'NotificationRenderError';
  }
}
