/**
 * Demo staff accounts of every role, for the local issuer (infra/local/issuer.ts) and the
 * tests. On AWS the same people would be Cognito users: the role is their group, the
 * scope their custom attributes. Names are invented; addresses use example domains.
 */
import type { StaffUser } from '../../../shared/schemas/index.ts';

export interface DemoStaffAccount {
  /** What is typed into the sign-in form; also the token's subject. */
  username: string;
  user: StaffUser;
  /** What the account is for, shown at start-up. */
  description: string;
}

/** One password for every demo account: the local issuer only, never a real pool. */
export const DEMO_STAFF_PASSWORD = 'hdnd-demo';

/** A role with its scope: `{ role: 'secretariat', councilId }`, `{ role: 'admin' }`… */
type RoleAndScope = StaffUser extends infer U
  ? U extends StaffUser
    ? Omit<U, 'id' | 'name' | 'email'>
    : never
  : never;

const account = (
  username: string,
  name: string,
  scope: RoleAndScope,
  description: string,
): DemoStaffAccount => ({
  username,
  user: { ...scope, id: username, name, email: `${username}@can-bo.example.vn` },
  description,
});

export const DEMO_STAFF: DemoStaffAccount[] = [
  account(
    'thu-ky-huu-lung',
    'Nguyễn Thị Thu',
    { role: 'secretariat', councilId: 'huu-lung' },
    'Văn phòng HĐND huyện Hữu Lũng',
  ),
  account(
    'thu-ky-son-dong',
    'Đặng Văn Khánh',
    { role: 'secretariat', councilId: 'son-dong' },
    'Văn phòng HĐND huyện Sơn Động',
  ),
  account(
    'can-bo-tnmt-huu-lung',
    'Vũ Minh Đức',
    { role: 'agency', agencyId: 'phong-tnmt-huu-lung' },
    'Phòng Tài nguyên và Môi trường huyện Hữu Lũng',
  ),
  account(
    'can-bo-tnmt-huu-lung-2',
    'Bùi Thị Ngọc',
    { role: 'agency', agencyId: 'phong-tnmt-huu-lung' },
    'Phòng Tài nguyên và Môi trường huyện Hữu Lũng (cán bộ thứ hai)',
  ),
  account(
    'can-bo-gddt-huu-lung',
    'Trịnh Văn Long',
    { role: 'agency', agencyId: 'phong-gddt-huu-lung' },
    'Phòng Giáo dục và Đào tạo huyện Hữu Lũng',
  ),
  account(
    'can-bo-ubnd-huu-lung',
    'Lý Thị Hằng',
    { role: 'agency', agencyId: 'ubnd-huu-lung' },
    'UBND huyện Hữu Lũng',
  ),
  account(
    'can-bo-kiem-lam',
    'Hà Văn Thắng',
    { role: 'agency', agencyId: 'hat-kiem-lam-son-dong' },
    'Hạt Kiểm lâm huyện Sơn Động',
  ),
  account(
    'dai-bieu-huu-lung-dv6',
    'Nguyễn Văn Hùng',
    { role: 'delegate', groupId: 'to-huu-lung-dv6' },
    'Tổ đại biểu số 6, HĐND huyện Hữu Lũng',
  ),
  account(
    'dai-bieu-son-dong-dv1',
    'Hoàng Thị Lan',
    { role: 'delegate', groupId: 'to-son-dong-dv1' },
    'Tổ đại biểu số 1, HĐND huyện Sơn Động',
  ),
  account('quan-tri', 'Quản trị hệ thống', { role: 'admin' }, 'Quản trị: mọi Hội đồng'),
];

export function demoStaff(username: string): DemoStaffAccount {
  const found = DEMO_STAFF.find((a) => a.username === username);
  if (!found) throw new Error(`No demo staff account "${username}"`);
  return found;
}
