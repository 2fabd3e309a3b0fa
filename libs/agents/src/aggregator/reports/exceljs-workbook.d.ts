// exceljs's Workbook class on its own (the package ships no types for its files, only for its entry).
declare module 'exceljs/lib/doc/workbook' {
  import type { Workbook } from 'exceljs';

  const WorkbookClass: new () => Workbook;
  export = WorkbookClass;
}
