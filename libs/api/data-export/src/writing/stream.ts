import type { Writable } from 'node:stream';

/** Writes and, when the receiver is slow, waits until it has room: memory stays bounded. */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new Error('The receiver closed the stream');
  if (out.write(chunk)) return;
  // A client that goes away ends the wait with an error instead of leaving the export hanging.
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', settle);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new Error('The receiver closed the stream'));
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', settle);
  });
}
