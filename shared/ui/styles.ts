/**
 * The stylesheet of every public page: the static site inlines it in each page (no extra
 * round trip) and the public API's server pages (track result, confirmation, form errors)
 * send the same string, so both look like one site. shared/ui/styles.css is written from
 * this string (npm run ui:css) for tools that want a file; a test keeps the two equal.
 *
 * Class names other pages may use: .code (a tracking code in large groups), .notice,
 * .error-summary, .field-error, .status (with .status-<petition status>), .card, .meta,
 * .hint, .button, .visually-hidden, .table-wrap.
 */
import { tokens } from './tokens.ts';

const c = tokens.color;
const s = tokens.space;

export const siteCss = `:root{--text:${c.text};--muted:${c.muted};--bg:${c.background};--surface:${c.surface};--border:${c.border};--rule:${c.rule};--brand:${c.brand};--link:${c.link};--focus:${c.focus};--error:${c.error};--ok:${c.success};--warn:${c.warning}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.55 ${tokens.font.body};color:var(--text);background:var(--bg)}
a{color:var(--link);text-underline-offset:.15em}
a:visited{color:${c.linkVisited}}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--text);outline-offset:2px;box-shadow:0 0 0 6px var(--focus)}
h1,h2,h3{line-height:1.25;margin:${s.l} 0 ${s.s}}
h1{font-size:1.75rem}h2{font-size:1.35rem}h3{font-size:1.1rem}
p,ul,ol,dl,table{margin:0 0 ${s.m}}
img,svg{max-width:100%;height:auto}
.wrap{max-width:${tokens.measure};margin:0 auto;padding:0 ${s.m}}
.skip{position:absolute;left:${s.s};top:-4rem;background:var(--focus);color:var(--text);padding:${s.s} ${s.m};z-index:2}
.skip:focus{top:${s.s}}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
header.site{background:var(--brand);color:${c.brandText}}
header.site a{color:${c.brandText}}
.brand{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:${s.s};padding-top:${s.m};padding-bottom:${s.s}}
.brand>a:first-child{display:inline-flex;align-items:center;gap:${s.s};font-weight:700;font-size:1.15rem;text-decoration:none}
.brand img{flex:none;width:2.5rem;height:2.5rem}
.brand small{display:block;font-weight:400;font-size:.85rem}
nav.main ul{display:flex;flex-wrap:wrap;gap:${s.xs} ${s.m};list-style:none;margin:0;padding:0 0 ${s.s}}
nav.main a{display:inline-block;padding:${s.xs} 0}
nav.main a[aria-current]{font-weight:700;text-decoration-thickness:3px}
main{padding-bottom:${s.xl}}
footer.site{border-top:1px solid var(--rule);background:var(--surface);padding:${s.m} 0;font-size:.9rem}
footer.site ul{display:flex;flex-wrap:wrap;gap:${s.m};list-style:none;padding:0}
.lead{font-size:1.15rem}
.meta,.hint{color:var(--muted);font-size:.92rem}
.card{border:1px solid var(--rule);border-radius:${tokens.radius};padding:${s.m};margin:0 0 ${s.m}}
.card h2,.card h3{margin-top:0}
.list{list-style:none;padding:0}
.cols{columns:14rem auto}
.notice{border-left:4px solid var(--link);background:var(--surface);padding:${s.s} ${s.m};margin:0 0 ${s.m}}
.notice.warn{border-color:var(--warn)}
.status{display:inline-block;border:1px solid currentColor;border-radius:1rem;padding:0 ${s.s};font-size:.85rem;font-weight:600}
.status-confirmed,.status-held,.status-answered,.status-closed,.status-resolved{color:var(--ok)}
.status-cancelled,.status-postponed,.status-rejected,.status-overdue{color:var(--error)}
.status-reopened{color:var(--warn)}
.status-planned,.status-received,.status-routed,.status-in_progress,.status-merged{color:var(--link)}
.code{font:700 clamp(1.6rem,7vw,2.4rem)/1.2 ${tokens.font.mono};letter-spacing:.08em;word-spacing:.3em;background:var(--surface);border:2px dashed var(--border);border-radius:${tokens.radius};padding:${s.s} ${s.m};display:inline-block}
dl.facts{display:grid;grid-template-columns:1fr;gap:0 ${s.m}}
dl.facts dt{font-weight:600}dl.facts dd{margin:0 0 ${s.s}}
.code-group{white-space:nowrap}
.prose{white-space:pre-line;overflow-wrap:anywhere}
label,legend{display:block;font-weight:600;margin-bottom:${s.xs}}
fieldset{border:0;padding:0;margin:0 0 ${s.l}}
.field{margin:0 0 ${s.l}}
input[type=text],input[type=email],input[type=tel],input[type=search],select,textarea{display:block;width:100%;max-width:32rem;font:inherit;padding:${s.s};border:2px solid var(--border);border-radius:${tokens.radius};background:var(--bg);color:var(--text)}
textarea{min-height:10rem;max-width:100%}
.choice{display:flex;gap:${s.s};align-items:flex-start;font-weight:400;margin:${s.xs} 0}
.choice input{width:1.3rem;height:1.3rem;margin-top:.15rem;flex:none}
input[aria-invalid=true],select[aria-invalid=true],textarea[aria-invalid=true]{border-color:var(--error)}
.field-error{color:var(--error);font-weight:600;margin:${s.xs} 0}
.error-summary{border:3px solid var(--error);padding:${s.m};margin:0 0 ${s.l}}
.error-summary h2{margin-top:0;color:var(--error)}
.button{display:inline-block;font:600 1rem/1.3 ${tokens.font.body};background:var(--ok);color:#fff;border:0;border-radius:${tokens.radius};padding:.7rem 1.2rem;cursor:pointer;text-decoration:none}
.button:visited{color:#fff}
.button[disabled]{opacity:.6;cursor:progress}
.search{display:flex;flex-wrap:wrap;gap:${s.s};align-items:flex-end}
.search input{flex:1 1 14rem}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.table-wrap{overflow-x:auto;margin:0 0 ${s.m}}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:${s.xs} ${s.s};border-bottom:1px solid var(--rule);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.pager{display:flex;flex-wrap:wrap;gap:${s.m};list-style:none;padding:0}
.chart{display:block;margin:0 0 ${s.s}}
.chart text{font:12px ${tokens.font.body};fill:var(--text)}
.legend{display:flex;flex-wrap:wrap;gap:${s.m};list-style:none;padding:0;font-size:.9rem}
.legend span{display:inline-block;width:.9rem;height:.9rem;margin-right:${s.xs};vertical-align:-.1rem}
.files{display:flex;flex-wrap:wrap;gap:${s.m};list-style:none;padding:0}
.files img{display:block;max-width:10rem;height:auto;border:1px solid var(--rule)}
@media (min-width:36rem){dl.facts{grid-template-columns:minmax(7rem,max-content) 1fr;gap:${s.xs} ${s.m}}dl.facts dd{margin:0}}
@media (min-width:48rem){h1{font-size:2.1rem}.brand{padding-top:${s.l}}}
@media print{header.site,footer.site,.skip{display:none}}
`;
