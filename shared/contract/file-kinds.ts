/** Plain constants shared by the preload, the browser bridge and the dialogs (no zod: keeps the preload tiny). */
export const fileKinds = ['kvpaket', 'kvomgang', 'kvbedomning', 'kvbeslut', 'document', 'key', 'sheet'] as const;

export type FileKind = (typeof fileKinds)[number];

/** Main → renderer event: files the OS handed to the app. */
export const FILES_OPENED_EVENT = 'files:opened';

/** The file-type filters every platform dialog uses. */
export const fileKindFilters: Record<FileKind, { name: string; extensions: string[] }> = {
  kvpaket: { name: 'Kriteriepaket', extensions: ['kvpaket'] },
  kvomgang: { name: 'Tävlingsomgång', extensions: ['kvomgang'] },
  kvbedomning: { name: 'Bedömningsfil', extensions: ['kvbedomning'] },
  kvbeslut: { name: 'Beslut från domarkommittén', extensions: ['kvbeslut'] },
  document: { name: 'Verksamhetsbeskrivning', extensions: ['pdf', 'docx'] },
  key: { name: 'Nyckelfil (PEM)', extensions: ['pem'] },
  sheet: { name: 'Kalkylblad', extensions: ['xlsx', 'csv'] },
};
