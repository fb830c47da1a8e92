/**
 * Demo staff accounts of every role, for the local issuer (infra/local/issuer.ts) and the
 * tests. On AWS the same people would be Cognito users: the role is their group, the
 * scope their custom attributes. Names are invented; addresses use example domains.
 */
import type { StaffUser } from '../schemas/index.ts';

export interface DemoStaffAccount {
  /** What is typed into the sign-in form; also the token's subject. */
  username: string;
  user: StaffUser;
  /** What the account is for, shown at start-up. */
  description: string;
}

/** One password for every demo account: the local issuer only, never a real pool. */
export const DEMO_STAFF_PASSWORD = 'hdnd-demo';

const account = (
  username: string,
  name: string,
  role: StaffUser['role'],
  scope: Pick<StaffUser, 'councilId' | 'agencyId' | 'groupId'>,
  description: string,
): DemoStaffAccount => ({
  username,
  user: { id: username, name, role, email: `${username}@can-bo.example.vn`, ...scope },
  description,
});

export const DEMO_STAFF: DemoStaffAccount[] = [
  account(
    'thu-ky-huu-lung',
    'Nguyễn Thị Thu',
    'secretariat',
    { councilId: 'huu-lung' },
    'Văn phòng HĐND huyện Hữu Lũng',
  ),
  account(
    'thu-ky-son-dong',
    'Đặng Văn Khánh',
    'secretariat',
    { councilId: 'son-dong' },
    'Văn phòng HĐND huyện Sơn Động',
  ),
  account(
    'can-bo-tnmt-huu-lung',
    'Vũ Minh Đức',
    'agency',
    { agencyId: 'phong-tnmt-huu-lung' },
    'Phòng Tài nguyên và Môi trường huyện Hữu Lũng',
  ),
  account(
    'can-bo-tnmt-huu-lung-2',
    'Bùi Thị Ngọc',
    'agency',
    { agencyId: 'phong-tnmt-huu-lung' },
    'Phòng Tài nguyên và Môi trường huyện Hữu Lũng (cán bộ thứ hai)',
  ),
  account(
    'can-bo-gddt-huu-lung',
    'Trịnh Văn Long',
    'agency',
    { agencyId: 'phong-gddt-huu-lung' },
    'Phòng Giáo dục và Đào tạo huyện Hữu Lũng',
  ),
  account(
    'can-bo-ubnd-huu-lung',
    'Lý Thị Hằng',
    'agency',
    { agencyId: 'ubnd-huu-lung' },
    'UBND huyện Hữu Lũng',
  ),
  account(
    'can-bo-kiem-lam',
    'Hà Văn Thắng',
    'agency',
    { agencyId: 'hat-kiem-lam-son-dong' },
    'Hạt Kiểm lâm huyện Sơn Động',
  ),
  account(
    'dai-bieu-huu-lung-dv6',
    'Nguyễn Văn Hùng',
    'delegate',
    { groupId: 'to-huu-lung-dv6' },
    'Tổ đại biểu số 6, HĐND huyện Hữu Lũng',
  ),
  account(
    'dai-bieu-son-dong-dv1',
    'Hoàng Thị Lan',
    'delegate',
    { groupId: 'to-son-dong-dv1' },
    'Tổ đại biểu số 1, HĐND huyện Sơn Động',
  ),
  account('quan-tri', 'Quản trị hệ thống', 'admin', {}, 'Quản trị: mọi Hội đồng'),
];

export function demoStaff(username: string): DemoStaffAccount {
  const found = DEMO_STAFF.find((a) => a.username === username);
  if (!found) throw new Error(`No demo staff account "${username}"`);
  return found;
}
