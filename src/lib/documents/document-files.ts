/**
 * Where a document page's downloadable versions live in the built site: the Word file is always made,
 * the PDF only when Chromium is there to print it (`npm run pdf`, or PLANSITE_PDF=1 during the build).
 */
export interface DocumentFile {
  /** Where the file is in the built site, e.g. "city-loip/document.pdf". */
  file: string;
  format: 'PDF' | 'Word document';
  text: string;
}

export function planDocumentFiles(planId: string): DocumentFile[] {
  return [
    { file: `${planId}/document.pdf`, format: 'PDF', text: 'The whole plan as a PDF' },
    { file: `${planId}/document.docx`, format: 'Word document', text: 'The whole plan as a Word document' },
  ];
}

export function annualReportFiles(planId: string, yearId: string, yearLabel: string): DocumentFile[] {
  return [
    { file: `${planId}/annual-report/${yearId}.pdf`, format: 'PDF', text: `The annual report for ${yearLabel} as a PDF` },
    { file: `${planId}/annual-report/${yearId}.docx`, format: 'Word document', text: `The annual report for ${yearLabel} as a Word document` },
  ];
}
