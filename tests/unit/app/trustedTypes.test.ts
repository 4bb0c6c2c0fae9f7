import { describe, expect, it } from 'vitest';
import { trustedScriptUrl, trustOwnScriptUrl } from '../../../src/app/trustedTypes';

/** The default Trusted Types policy's rule for script URLs (workers, the service worker). */
describe('trusted script URLs', () => {
  const served = { href: 'https://hrba.example/app/', origin: 'https://hrba.example' };
  // Chromium reports a page opened from file:// as "file://" or "null", depending on version.
  const files = [
    { href: 'file:///media/usb/hrba-tech.html', origin: 'null' },
    { href: 'file:///media/usb/hrba-tech.html', origin: 'file://' },
  ];

  it('passes same-origin URLs on a served page, resolved, and nothing from elsewhere', () => {
    expect(trustedScriptUrl('./assets/importWorker-abc.js', served)).toBe('https://hrba.example/app/assets/importWorker-abc.js');
    expect(trustedScriptUrl('https://cdn.example/x.js', served)).toBeNull();
    expect(trustedScriptUrl('data:text/javascript,postMessage(1)', served)).toBeNull();
  });

  it('on a page opened from a file passes only the Blob URL the app made itself: no data:, blob: or file: URL of anyone else', () => {
    const own = 'blob:null/6f1f7c7e-0000-4000-8000-000000000001';
    trustOwnScriptUrl(own);
    for (const page of files) {
      expect(trustedScriptUrl(own, page)).toBe(own);
      expect(trustedScriptUrl('blob:null/6f1f7c7e-0000-4000-8000-000000000002', page)).toBeNull();
      expect(trustedScriptUrl('data:text/javascript,postMessage(1)', page)).toBeNull();
      expect(trustedScriptUrl('file:///media/usb/other.js', page)).toBeNull();
      expect(trustedScriptUrl('./other.js', page)).toBeNull();
    }
  });
});
