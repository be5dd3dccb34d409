// Problems with the input (exit 2) travel as one exception carrying the line to print; nothing else is caught silently.
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
