// After a mark: when the phone offers its position, send it once; a position far from the room
// makes the mark suspicious for the trainer. Refusing the position changes nothing.
document.addEventListener('DOMContentLoaded', () => {
  const place = document.querySelector('[data-att-position]');
  if (!place || !navigator.geolocation || !window.fetch) {
    return;
  }
  navigator.geolocation.getCurrentPosition(p => {
    fetch(place.dataset.attPosition, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': place.dataset.csrf, 'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json' },
      body: new URLSearchParams({ latitude: p.coords.latitude, longitude: p.coords.longitude })
    }).catch(() => {});
  }, () => {}, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
});
