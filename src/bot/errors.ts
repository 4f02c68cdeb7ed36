/** A problem the user can fix or should know about; its message is shown to them, ephemerally. */
export class UserError extends Error {
  constructor(
    message: string,
    /** The outcome logged for the interaction. */
    readonly outcome: 'invalid' | 'forbidden' | 'unavailable' | 'refused' = 'invalid',
  ) {
    super(message);
    this.name = 'UserError';
  }
}
