import { capitalised, type MessageCatalogue } from './catalogue';

/** The strict JSON reader and the header every versioned file format starts with (formats.md). */
export const formatErrors = {
  'json-too-large': ({ what, max }: { what: string; max: number }) => `${what} är för stor för att läsas (högst ${max} tecken).`,
  'json-invalid': ({ what }: { what: string }) => `${what} är inte giltig JSON; filen kan vara trasig eller av fel typ.`,
  'json-too-deep': ({ what, max }: { what: string; max?: number }) =>
    `${capitalised(what)} innehåller för djupt nästlade data för att kunna läsas${max === undefined ? '' : ` (högst ${max} nivåer)`}.`,
  'json-duplicate-member': ({ what, name, where }: { what: string; name: string; where: string }) =>
    `${what} har fältet "${name}" två gånger ${where}. Examinator godtar inga dubbla fält, eftersom olika program då kan läsa olika värden.`,
  'json-lone-surrogate': ({ what, where }: { what: string; where: string }) =>
    `${what} har en ogiltig teckenkod (ett ensamt surrogattecken) ${where}. Examinator godtar bara giltig Unicode-text.`,
  'format-not-object': ({ noun }: { noun: string }) => `Filen är inte ${noun}: den innehåller inget JSON-objekt.`,
  'format-wrong': ({ noun, found }: { noun: string; found: string | null }) =>
    `Filen är inte ${noun}${found === null ? '' : ` utan har formatet "${found}"`}.`,
  'format-version-invalid': ({ noun }: { noun: string }) => `Filen har ingen giltig formatversion och kan inte läsas som ${noun}.`,
  'format-version-newer': ({ version, readable }: { version: number; readable: number }) =>
    `Filen har formatversion ${version}, men den här versionen av Examinator läser formatversion ${readable}. Uppdatera Examinator och försök igen.`,
} as const satisfies MessageCatalogue;
