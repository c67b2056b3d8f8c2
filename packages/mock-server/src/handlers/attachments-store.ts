// Attachments (X9): the files people upload, checked by content, and who may read them.
import type { components } from '@clientportal/sdk/generated';
import { ProblemError } from '../core/problem.js';
import { newId, type Db } from '../store/db.js';

type S = components['schemas'];
type MediaType = S['AttachmentMediaType'];

/** An uploaded file: by whom, for which client, and what uses it. */
export interface AttachmentRecord {
  id: string;
  clientId: string;
  uploaderId: string;
  name: string;
  mediaType: MediaType;
  bytes: Uint8Array;
  /** The message or report it is on, once used; until then only its uploader sees it. */
  usedBy?: { kind: 'message'; conversationId: string } | { kind: 'report' };
}

/** The files of each store (a store reset forgets them with it). */
const stores = new WeakMap<Db, Map<string, AttachmentRecord>>();

/** The attachments of a store. */
export function attachmentsOf(db: Db): Map<string, AttachmentRecord> {
  let found = stores.get(db);
  if (!found) stores.set(db, (found = new Map()));
  return found;
}

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
  magic.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/** The real type of a file by its first bytes (never by its name); undefined for any other. */
export function sniff(bytes: Uint8Array): MediaType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (
    ascii(bytes, 4, 8) === 'ftyp' &&
    /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(ascii(bytes, 8, 12))
  )
    return 'image/heic';
  return undefined;
}

const extension: Record<MediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

/** Stores an upload whose content is what its Content-Type says; 415 otherwise. */
export function storeUpload(
  db: Db,
  fields: { clientId: string; uploaderId: string; declared: string; bytes: Uint8Array },
): AttachmentRecord {
  const real = sniff(fields.bytes);
  const declared = fields.declared.split(';')[0]!.trim().toLowerCase();
  if (!real || real !== declared) {
    throw new ProblemError(
      415,
      'unsupported_media_type',
      `The content is ${real ?? 'not a JPEG, PNG, HEIC or PDF'}, not ${declared}.`,
    );
  }
  const files = attachmentsOf(db);
  const id = newId(db, 'at');
  const kind = real === 'application/pdf' ? 'document' : 'foto';
  const record: AttachmentRecord = {
    id,
    clientId: fields.clientId,
    uploaderId: fields.uploaderId,
    name: `${kind}-${files.size + 1}.${extension[real]}`,
    mediaType: real,
    bytes: fields.bytes,
  };
  files.set(id, record);
  return record;
}

/** An attachment in the contract's shape. */
export function toAttachment(a: AttachmentRecord): S['Attachment'] {
  return { id: a.id, name: a.name, mediaType: a.mediaType, size: a.bytes.byteLength };
}

/**
 * Takes the person's own unused uploads for a message or report; 400 naming `attachmentIds`
 * for any other id, and nothing is used then.
 */
export function claim(
  db: Db,
  ids: readonly string[] | undefined,
  owner: { clientId: string; uploaderId: string },
  usedBy: NonNullable<AttachmentRecord['usedBy']>,
): string[] {
  if (!ids?.length) return [];
  const files = attachmentsOf(db);
  const wrong = ids.filter((id) => {
    const a = files.get(id);
    return !a || a.usedBy || a.clientId !== owner.clientId || a.uploaderId !== owner.uploaderId;
  });
  if (wrong.length) {
    throw new ProblemError(
      400,
      'validation_failed',
      `Unknown attachment(s): ${wrong.join(', ')}.`,
      {
        errors: [{ field: 'body.attachmentIds', code: 'attachment', message: 'unknown or used' }],
      },
    );
  }
  for (const id of ids) files.get(id)!.usedBy = usedBy;
  return [...ids];
}

/** The attachments with these ids, in the contract's shape. */
export function attachmentsFor(db: Db, ids: readonly string[] | undefined): S['Attachment'][] {
  const files = attachmentsOf(db);
  return (ids ?? []).flatMap((id) => {
    const a = files.get(id);
    return a ? [toAttachment(a)] : [];
  });
}
