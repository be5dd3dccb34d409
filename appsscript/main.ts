// The bundle's entry: everything exported here becomes PAR.<name> in Code.js, and the build adds a
// top-level function for each (Apps Script only sees top-level function declarations).
export { onOpen, onInstall, showSidebar, menuScore, menuPlan, menuProgress, menuUnits, menuUndo, menuToUnicode } from "./menu.js";
export { sidebarScore, sidebarPlan, sidebarProgress, sidebarUnits, sidebarUndo, sidebarToUnicode, sidebarInitial, sidebarSelect, sidebarSetColumns, sidebarSetLang, sidebarSaveSettings, sidebarLang } from "./sidebar-server.js";
export { customFunctions, functionTable } from "./custom-functions.js";
