/** Reads a password without echoing it, or from HAVEN_PASSWORD when there is no terminal (scripts). */
export async function readPassword(prompt: string): Promise<string> {
  if (process.env.HAVEN_PASSWORD) return process.env.HAVEN_PASSWORD;
  if (!process.stdin.isTTY)
    throw new Error('No terminal to ask for a password: set HAVEN_PASSWORD for scripted use.');
  process.stdout.write(prompt);
  return new Promise((resolve) => {
    let value = '';
    process.stdin.setRawMode(true);
    process.stdin.resume();
    process.stdin.setEncoding('utf8');
    const onData = (char: string) => {
      if (char === '\r' || char === '\n' || char === '\u0004') {
        process.stdin.setRawMode(false);
        process.stdin.pause();
        process.stdin.off('data', onData);
        process.stdout.write('\n');
        resolve(value);
      } else if (char === '\u0003') {
        process.exit(130);
      } else if (char === '\u007f') {
        value = value.slice(0, -1);
      } else {
        value += char;
      }
    };
    process.stdin.on('data', onData);
  });
}
