/**
 * Escapes text for HTML element content and quoted attribute values. Every piece of
 * stored text (titles, answers, reasons, names of bodies) passes through here before it
 * enters an email's HTML, so a petition holding "<script>" shows as text.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
