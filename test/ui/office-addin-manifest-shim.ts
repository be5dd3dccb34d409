// office-addin-mock only needs this enum from office-addin-manifest; the browser bundle of the stand-in uses it
// instead of the whole tool (which reads files with node:fs).
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
