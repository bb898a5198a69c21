// Saving a text the page made (a debrief, a run, a class summary) as a file the browser downloads: a Blob and an
// <a download>, nothing sent anywhere.
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the file once the click is handled; the address is let go after.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Copies a text to the clipboard: the Clipboard API where the page may use it, else the selected text of `field`
 * (an input or textarea holding it) with the older copy command. Resolves to whether it worked.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, or the page not focused): fall through to the selection.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
