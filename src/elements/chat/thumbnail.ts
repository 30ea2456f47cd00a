/**
 * Composer thumbnails of picked image files, drawn from the local File into a `<canvas>`.
 * No `blob:` URL: the URL policy refuses them and a strict CSP allows no blob: images, while
 * `createImageBitmap(file)` needs no URL at all.
 */
import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/** The image types a thumbnail is drawn for (what every browser decodes). */
const THUMBNAIL_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** CSS size of the thumbnail when the canvas cannot be measured (keep in step with chat-styles). */
const FALLBACK_CSS_SIZE = 32;

export function canDrawThumbnail(mime: string): boolean {
  return THUMBNAIL_TYPES.has(mime.toLowerCase()) && typeof createImageBitmap === 'function';
}

function decode(file: Blob, size: { resizeWidth: number } | { resizeHeight: number }): Promise<ImageBitmap> {
  // Decoded at (about) the drawn size: a 20-megapixel photo never becomes a full-size bitmap.
  return createImageBitmap(file, { ...size, resizeQuality: 'medium' });
}

/**
 * Draws `file` into `canvas`, cropped to a square and sized for the canvas's CSS box times the
 * device pixel ratio. Resolves false when the file does not decode (or the canvas left the page).
 */
export async function drawThumbnail(canvas: HTMLCanvasElement, file: Blob): Promise<boolean> {
  // Lit inserts a new chip after its directives ran: measure once it is in the page.
  await Promise.resolve();
  const css = canvas.clientWidth || FALLBACK_CSS_SIZE;
  const px = Math.max(1, Math.round(css * Math.min(Math.max(globalThis.devicePixelRatio || 1, 1), 4)));
  let bitmap: ImageBitmap | undefined;
  try {
    // Most photos are landscape: scale the short side to the square. A portrait one comes back
    // narrower than the square and is decoded once more by its width.
    bitmap = await decode(file, { resizeHeight: px });
    if (bitmap.width < px) {
      bitmap.close();
      bitmap = undefined;
      bitmap = await decode(file, { resizeWidth: px });
    }
    if (!canvas.isConnected) return false;
    const context = canvas.getContext('2d');
    if (!context) return false;
    canvas.width = px;
    canvas.height = px;
    const side = Math.min(bitmap.width, bitmap.height);
    context.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, px, px);
    return true;
  } catch {
    return false;
  } finally {
    bitmap?.close();
  }
}

const drawn = new WeakMap<HTMLCanvasElement, Blob>();

class ThumbnailDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('thumbnail() goes on a <canvas> element');
  }

  render(_file: Blob, _failed: () => void): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [file, failed]: [Blob, () => void]): typeof nothing {
    const canvas = part.element as HTMLCanvasElement;
    // Drawn once per canvas and file: re-renders of the chip (upload done, status) keep the pixels.
    if (drawn.get(canvas) !== file) {
      drawn.set(canvas, file);
      void drawThumbnail(canvas, file).then((ok) => {
        if (!ok && drawn.get(canvas) === file && canvas.isConnected) failed();
      });
    }
    return nothing;
  }
}

/** `<canvas ${thumbnail(file, onFailed)}>`: draws the file's thumbnail; `onFailed` when it does not decode. */
export const thumbnail = directive(ThumbnailDirective);
