// Writes a .gz and a .br copy beside each text file of the build, so the server can send them
// to browsers that accept them without compressing on every request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;
const MIN_BYTES = 1024;

async function compressFolder(folder) {
  let count = 0;

  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);

    if (entry.isDirectory()) {
      count += await compressFolder(path);
    } else if (COMPRESSIBLE.test(entry.name)) {
      const content = await readFile(path);

      if (content.length >= MIN_BYTES) {
        await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
        await writeFile(`${path}.br`, brotliCompressSync(content));
        count += 1;
      }
    }
  }

  return count;
}

const count = await compressFolder(DIST);
process.stdout.write(`compressed ${count} files in ${DIST}\n`);
