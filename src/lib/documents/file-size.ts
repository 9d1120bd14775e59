/**
 * A download's size as the link to it shows it ("PDF, 1.2 MB"), so readers on a metered connection
 * know what they are taking on. 1 KB is 1024 bytes, as file managers count.
 */
const KB = 1024;
const MB = 1024 * KB;

export function describeFileSize(bytes: number): string {
  if (bytes < KB) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  const kilobytes = Math.round(bytes / KB);
  // 1,048,000 bytes would round to "1024 KB": at that size it is a megabyte.
  if (kilobytes < 1024) return `${kilobytes} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}
