/**
 * The album's lightbox: a thumbnail link opens its photo in a modal `<dialog>` instead of on its
 * own, with caption and position, Previous/Next buttons and the arrow keys, Esc and a Close
 * button. Focus moves into the dialog, stays there while it is open, and returns to the thumbnail
 * of the photo last shown. Without JavaScript the links simply open the large images.
 */

/** The photo `step` places away, wrapping from the last to the first and back. */
export const stepIndex = (index: number, step: number, total: number): number => (((index + step) % total) + total) % total

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))

/** A click the page should handle, not one that asks for a new tab or window. */
const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/** The viewer's `<picture>`: AVIF and WebP sources, then the image `show` points at a photo. */
function buildPicture(frame: HTMLElement) {
  const picture = document.createElement('picture')
  const source = (type: string) => {
    const element = document.createElement('source')
    element.type = type
    element.sizes = '100vw'
    return picture.appendChild(element)
  }
  const avif = source('image/avif')
  const webp = source('image/webp')
  const image = picture.appendChild(document.createElement('img'))
  image.alt = ''
  frame.replaceWith(picture)
  return { avif, webp, image }
}

/** Wires one album (`[data-lightbox-root]`): its thumbnail links and its dialog. */
export function enhanceLightbox(root: HTMLElement): void {
  const dialog = root.querySelector<HTMLDialogElement>('dialog[data-lightbox]')
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-lightbox-item]')]
  if (!dialog || links.length === 0 || typeof dialog.showModal !== 'function') return
  const part = <Type extends HTMLElement>(name: string) => dialog.querySelector<Type>(`[data-lightbox-${name}]`)!
  const { avif, webp, image } = buildPicture(part('frame'))
  const caption = part<HTMLElement>('caption')
  const counter = part<HTMLElement>('counter')
  const status = part<HTMLElement>('status')
  const close = part<HTMLButtonElement>('close')
  const previous = part<HTMLButtonElement>('previous')
  const next = part<HTMLButtonElement>('next')
  const positionText = dialog.dataset.position ?? '{index} / {total}'
  const separator = dialog.dataset.separator ?? ': '
  const total = links.length
  let current = 0
  /** Set while this script closes the dialog, which it follows with the focus move itself. */
  let closingHere = false

  function show(index: number) {
    current = index
    const link = links[index]!
    const thumbnail = link.querySelector('img')
    const text = link.dataset.caption ?? ''
    avif.srcset = link.dataset.avif ?? ''
    webp.srcset = link.dataset.webp ?? ''
    image.src = link.href
    image.alt = thumbnail?.alt ?? ''
    image.width = Number(link.dataset.width)
    image.height = Number(link.dataset.height)
    caption.textContent = text
    // Captions may be in Chinese on an English page, as the grid marks them.
    caption.lang = link.closest<HTMLElement>('[lang]')?.lang ?? ''
    caption.hidden = !text
    counter.textContent = `${index + 1} / ${total}`
    // Read when the dialog opens (its description) and on each change (a polite live region).
    status.textContent = `${fill(positionText, { index: index + 1, total })}${text ? `${separator}${text}` : ''}`
  }

  links.forEach((link, index) =>
    link.addEventListener('click', (event) => {
      if (!isPlainClick(event)) return
      event.preventDefault()
      show(index)
      dialog.showModal()
      close.focus()
    }),
  )
  previous.addEventListener('click', () => show(stepIndex(current, -1, total)))
  next.addEventListener('click', () => show(stepIndex(current, 1, total)))
  // Focus goes to the thumbnail of the photo last shown, in the same task as closing, so it moves
  // once (the browser alone would return it to the thumbnail that opened the dialog).
  function closeViewer() {
    closingHere = true
    dialog!.close()
    links[current]!.focus()
  }
  close.addEventListener('click', closeViewer)
  // A click on the backdrop (the dialog box itself, outside its content) closes it too.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) closeViewer()
  })
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      closeViewer()
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault()
      show(stepIndex(current, event.key === 'ArrowLeft' ? -1 : 1, total))
    } else if (event.key === 'Tab') {
      // Keep focus inside: from the last control back to the first, and the other way round.
      const controls = [close, previous, next]
      const edge = event.shiftKey ? controls[0] : controls.at(-1)
      if (document.activeElement === edge) {
        event.preventDefault()
        ;(event.shiftKey ? controls.at(-1) : controls[0])!.focus()
      }
    }
  })
  // However else the dialog closes (a browser's own close request), focus still goes back to the grid.
  // The event comes a moment later, when the reader may have moved on: only then is it acted on.
  dialog.addEventListener('close', () => {
    if (!closingHere) links[current]!.focus()
    closingHere = false
  })
}
