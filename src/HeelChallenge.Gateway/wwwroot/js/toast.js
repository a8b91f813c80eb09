// A short polite announcement at the bottom of the screen (also read by screen readers).
let timer = 0;

export function toast(text) {
  const box = document.getElementById('toast');
  if (!box) return;
  box.textContent = text;
  box.classList.add('shown');
  clearTimeout(timer);
  timer = setTimeout(() => box.classList.remove('shown'), 3500);
}
