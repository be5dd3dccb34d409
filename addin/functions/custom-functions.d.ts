// The part of Excel's custom-functions runtime this add-in uses (no @types package ships it).
declare namespace CustomFunctions {
  const ErrorCode: {
    readonly invalidValue: "#VALUE!";
    readonly notAvailable: "#N/A";
    readonly divisionByZero: "#DIV/0!";
    readonly invalidNumber: "#NUM!";
    readonly nullReference: "#NULL!";
  };
  type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];
  class Error {
    constructor(errorCode: ErrorCodeValue, errorMessage?: string);
    code: ErrorCodeValue;
    message?: string;
  }
  function associate(id: string, fn: (...args: never[]) => unknown): void;
}
