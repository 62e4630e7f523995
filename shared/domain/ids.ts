import { z } from 'zod';

/** Lowercase hex SHA-256, as used for documents, packages and keys. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'ska vara en SHA-256 i hex');

/** Ids in packages and rounds: short, printable, no path characters. */
export const plainId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'får bara innehålla bokstäverna a–z, siffror, punkt, bindestreck och understreck');

/** Ids the app generates for comments, questions and evidence (UUID v4). */
export const itemId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'ogiltigt id');
