// The pane's notices come from the core's table (shared/notices.ts); this is only the error that carries one.

/** An error whose message is meant for the user as is. */
export class UserError extends Error {
  override name = "UserError";
}
