// Binary detection: a known binary extension, or a NUL byte in the first 8 KiB (the heuristic git and grep use).

/** Extensions that are never text. Checked before a file is even opened. */
const BINARY_EXTENSIONS = new Set([
  // images and media
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'webp', 'tif', 'tiff', 'psd', 'heic', 'avif',
  'mp3', 'mp4', 'm4a', 'wav', 'flac', 'ogg', 'mov', 'avi', 'mkv', 'webm',
  // archives and packages
  'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'jar', 'war', 'ear', 'whl', 'egg', 'apk', 'ipa', 'deb', 'rpm', 'dmg', 'iso', 'vsix', 'nupkg',
  // compiled code and libraries
  'exe', 'dll', 'so', 'dylib', 'a', 'lib', 'o', 'obj', 'class', 'pyc', 'pyo', 'pyd', 'wasm', 'node',
  // documents and fonts
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'woff', 'woff2', 'ttf', 'otf', 'eot',
  // model weights and data blobs
  'bin', 'pt', 'pth', 'ckpt', 'safetensors', 'onnx', 'pb', 'tflite', 'h5', 'hdf5', 'npy', 'npz', 'pkl', 'pickle', 'joblib', 'parquet', 'feather', 'arrow', 'avro', 'orc', 'gguf', 'db', 'sqlite', 'sqlite3', 'mdb',
]);

export function isKnownBinaryPath(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 && BINARY_EXTENSIONS.has(base.slice(dot + 1).toLowerCase());
}

export const BINARY_SNIFF_BYTES = 8 * 1024;

export function looksBinary(bytes: Uint8Array): boolean {
  // indexOf runs natively (memchr): a JS loop over the first 8 KiB was ~4 µs per file, a fifth of the read itself.
  return bytes.subarray(0, Math.min(bytes.length, BINARY_SNIFF_BYTES)).indexOf(0) >= 0;
}
