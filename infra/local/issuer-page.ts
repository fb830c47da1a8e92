/** The local issuer's sign-in page: pick a demo account, get a token to paste into a client. */
import { html } from 'hono/html';
import type { DemoStaffAccount } from './demo/staff.ts';

const ROLE_NAMES: Record<string, string> = {
  secretariat: 'Thư ký (Văn phòng HĐND)',
  agency: 'Cán bộ cơ quan',
  delegate: 'Đại biểu',
  admin: 'Quản trị',
};

export function signInPage(input: {
  accounts: DemoStaffAccount[];
  password: string;
  failed?: boolean;
  signedIn?: { account: DemoStaffAccount; token: string };
}) {
  const { accounts, password, failed, signedIn } = input;
  return html`<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Đăng nhập cán bộ (máy cục bộ)</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
label{display:block;margin:.5rem 0}textarea{width:100%;font:12px monospace}.error{color:#b00020}
td,th{text-align:left;padding:.2rem .6rem .2rem 0}</style></head>
<body>
<h1>Đăng nhập cán bộ</h1>
<p>Máy phát hành token cục bộ, thay cho Cognito khi chạy <code>npm start</code>. Mật khẩu của mọi tài khoản mẫu: <code>${password}</code>.</p>
${failed ? html`<p class="error" role="alert">Sai tên đăng nhập hoặc mật khẩu.</p>` : ''}
${
  signedIn
    ? html`<p>Đã đăng nhập: <strong>${signedIn.account.user.name}</strong> (${ROLE_NAMES[signedIn.account.user.role]}).
Gửi kèm mỗi yêu cầu tới API cán bộ: <code>Authorization: Bearer &lt;token&gt;</code></p>
<label>Token (ID token)<textarea rows="8" readonly>${signedIn.token}</textarea></label>`
    : ''
}
<form method="post" action="/token">
<label>Tên đăng nhập <select name="username">${accounts.map(
    (a) => html`<option value="${a.username}">${a.username} — ${a.description}</option>`,
  )}</select></label>
<label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Đăng nhập</button>
</form>
<h2>Tài khoản mẫu</h2>
<table><tr><th>Tên đăng nhập</th><th>Vai trò</th><th>Phụ trách</th></tr>
${accounts.map(
  (a) =>
    html`<tr><td><code>${a.username}</code></td><td>${ROLE_NAMES[a.user.role]}</td><td>${a.description}</td></tr>`,
)}</table>
</body></html>`;
}
