// Reads a multipart/form-data request file by file, streaming each one to the blob store under a new document id
// (never the file name) while its size, SHA-256 and first bytes are measured. No file is held in memory as a whole.
// A file over the size limit, an empty file or one too many is refused on its own; the others go on.
import type { Request } from 'express';
import busboy from 'busboy';
import { cleanOriginalFilename, storeOriginal, type StoredOriginal, type UploadLimits } from '@woo/documents';
import { uuidV7 } from '@woo/db';
import type { BlobStore } from '@woo/storage';
import { fileRejections, notMultipart, unreadableUpload, type RejectedFile } from './upload-errors.js';

export interface ReceivedFile {
  kind: 'stored';
  filename: string;
  stored: StoredOriginal;
}

export interface ReceivedUpload {
  /** In the order of the request. */
  files: ReceivedFile[];
  rejected: RejectedFile[];
}

type FileOutcome = ReceivedFile | ({ kind: 'rejected' } & RejectedFile);

export function receiveUpload(req: Request, blobs: BlobStore, limits: UploadLimits): Promise<ReceivedUpload> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Browsers send UTF-8 file names; busboy's default would read them as Latin-1.
      defParamCharset: 'utf8',
      limits: { fileSize: limits.maxFileBytes, fields: 20, fieldSize: 8 * 1024 },
    });
  } catch {
    return Promise.reject(notMultipart());
  }

  return new Promise((resolve, reject) => {
    const outcomes: Promise<FileOutcome>[] = [];
    let finished = false;

    const finish = async (error: unknown) => {
      if (finished) return;
      finished = true;
      const settled = await Promise.allSettled(outcomes);
      const stored = settled.flatMap((s) => (s.status === 'fulfilled' && s.value.kind === 'stored' ? [s.value] : []));
      const failure = error ?? settled.find((s) => s.status === 'rejected')?.reason;
      if (failure !== undefined) {
        // Half an upload makes no documents: what was stored of it goes again.
        await Promise.allSettled(stored.map((file) => blobs.delete(file.stored.blobKey)));
        reject(unreadableUpload());
        return;
      }
      resolve({
        files: stored,
        rejected: settled.flatMap((s) =>
          s.status === 'fulfilled' && s.value.kind === 'rejected'
            ? [{ filename: s.value.filename, code: s.value.code, reason: s.value.reason }]
            : [],
        ),
      });
    };

    parser.on('file', (_field, stream, info) => {
      const filename = cleanOriginalFilename(info.filename);
      if (outcomes.length >= limits.maxFiles) {
        stream.resume(); // read and dropped, so the files after it can be refused as well
        outcomes.push(Promise.resolve({ kind: 'rejected', ...fileRejections.tooManyFiles(filename, limits.maxFiles) }));
        return;
      }
      const outcome = storeOriginal(blobs, uuidV7(), stream).then(async (stored): Promise<FileOutcome> => {
        // Over the limit, busboy stops passing data on and marks the stream truncated: what was stored is a part.
        if (stream.truncated) {
          await blobs.delete(stored.blobKey);
          return { kind: 'rejected', ...fileRejections.tooLarge(filename, limits.maxFileBytes) };
        }
        if (stored.byteSize === 0) {
          await blobs.delete(stored.blobKey);
          return { kind: 'rejected', ...fileRejections.empty(filename) };
        }
        return { kind: 'stored', filename, stored };
      });
      outcome.catch((error: unknown) => {
        // The blob store failed: stop reading the request, answer with the error.
        req.unpipe(parser);
        req.resume();
        void finish(error);
      });
      outcomes.push(outcome);
    });
    parser.on('error', (error: unknown) => void finish(error));
    parser.on('close', () => void finish(undefined));
    req.pipe(parser);
  });
}
