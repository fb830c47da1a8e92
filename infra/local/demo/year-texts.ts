/**
 * The words of the demo year (year.ts): what voters raise in each field, as the councils'
 * documents word it ({xa} is the commune, {thon} the village), how an agency answers, and
 * invented submitters.
 */

export interface DemoTopic {
  fieldId: string;
  title: string;
  content: string;
  answer: string;
}

const topic = (fieldId: string, title: string, content: string, answer: string): DemoTopic => ({
  fieldId,
  title,
  content,
  answer,
});

export const DEMO_TOPICS: DemoTopic[] = [
  topic(
    'dat-dai',
    'Chậm cấp giấy chứng nhận quyền sử dụng đất tại xã {xa}',
    'Nhiều hộ ở {thon} đã nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất hơn một năm nhưng chưa được cấp. Cử tri đề nghị rà soát, giải quyết dứt điểm.',
    'Cơ quan đã rà soát hồ sơ của các hộ tại xã {xa}; các hồ sơ đủ điều kiện được cấp giấy chứng nhận trong quý này, hồ sơ còn thiếu đã được hướng dẫn bổ sung.',
  ),
  topic(
    'dat-dai',
    'Bồi thường giải phóng mặt bằng tuyến đường qua xã {xa}',
    'Cử tri {thon} phản ánh mức bồi thường đất nông nghiệp khi mở rộng tuyến đường chưa thỏa đáng và chậm chi trả, đề nghị xem xét lại.',
    'Đơn giá bồi thường được áp dụng theo bảng giá đất của tỉnh; phần kinh phí còn lại sẽ được chi trả cho các hộ tại xã {xa} trước ngày 30 của tháng tới.',
  ),
  topic(
    'an-toan-giao-thong',
    'Lắp đặt biển báo, gờ giảm tốc trước cổng trường xã {xa}',
    'Đoạn đường trước cổng trường tiểu học {thon} không có biển báo, xe đi tốc độ cao, tiềm ẩn nguy cơ tai nạn cho học sinh.',
    'Đơn vị quản lý đường bộ đã lắp biển báo khu vực trường học và gờ giảm tốc trước cổng trường tại xã {xa}.',
  ),
  topic(
    'an-toan-giao-thong',
    'Sửa chữa đường liên thôn bị xuống cấp tại xã {xa}',
    'Tuyến đường liên thôn qua {thon} bị hư hỏng, nhiều ổ gà, mùa mưa lầy lội, đi lại khó khăn.',
    'Tuyến đường đã được đưa vào kế hoạch duy tu, sửa chữa năm nay của huyện; thi công sau mùa mưa.',
  ),
  topic(
    'tai-nguyen-moi-truong',
    'Ô nhiễm do cơ sở chế biến gỗ gần khu dân cư xã {xa}',
    'Cơ sở chế biến gỗ cạnh {thon} gây tiếng ồn và bụi kéo dài, ảnh hưởng sức khỏe người dân, đề nghị kiểm tra, xử lý.',
    'Đoàn kiểm tra đã lập biên bản, yêu cầu cơ sở lắp hệ thống giảm bụi, giảm ồn và chỉ hoạt động trong giờ hành chính.',
  ),
  topic(
    'tai-nguyen-moi-truong',
    'Thu gom rác thải sinh hoạt tại xã {xa}',
    'Rác thải ở {thon} chưa được thu gom thường xuyên, nhiều điểm tập kết tự phát gây mất vệ sinh.',
    'UBND xã {xa} đã bố trí lịch thu gom ba lần mỗi tuần và xóa các điểm tập kết tự phát.',
  ),
  topic(
    'giao-duc',
    'Xây thêm phòng học cho điểm trường tại xã {xa}',
    'Điểm trường {thon} chỉ có hai phòng học xuống cấp, học sinh phải học ghép lớp; đề nghị đầu tư xây dựng phòng học kiên cố.',
    'Điểm trường đã được đưa vào danh mục đầu tư công trung hạn; trong khi chờ xây dựng, phòng học hiện có được sửa chữa trước năm học mới.',
  ),
  topic(
    'y-te',
    'Bổ sung bác sĩ cho trạm y tế xã {xa}',
    'Trạm y tế xã {xa} thiếu bác sĩ, người dân phải lên tuyến huyện khám bệnh thông thường.',
    'Trung tâm y tế huyện đã luân phiên cử bác sĩ về khám tại trạm y tế xã {xa} hai ngày mỗi tuần.',
  ),
  topic(
    'an-sinh-xa-hoi',
    'Rà soát hộ nghèo, hộ cận nghèo tại xã {xa}',
    'Cử tri {thon} phản ánh việc bình xét hộ nghèo chưa công khai, một số hộ khó khăn chưa được hưởng chính sách.',
    'Việc rà soát đã được tổ chức lại công khai tại các thôn của xã {xa}; danh sách được niêm yết tại nhà văn hóa thôn.',
  ),
  topic(
    'an-ninh-trat-tu',
    'Tình trạng trộm cắp vặt tại xã {xa}',
    'Thời gian gần đây ở {thon} xảy ra nhiều vụ trộm gia súc, tài sản; đề nghị tăng cường tuần tra.',
    'Công an đã tăng cường tuần tra ban đêm và phối hợp với tổ an ninh thôn; hai đối tượng đã bị xử lý.',
  ),
  topic(
    'nong-thon-moi',
    'Hỗ trợ kinh phí bê tông hóa đường nội đồng xã {xa}',
    'Cử tri đề nghị hỗ trợ xi măng để bê tông hóa đường nội đồng {thon} theo chương trình nông thôn mới.',
    'Xã {xa} được phân bổ xi măng trong đợt hỗ trợ năm nay; nhân dân đóng góp ngày công theo kế hoạch.',
  ),
  topic(
    'lam-nghiep',
    'Khai thác gỗ trái phép trong rừng phòng hộ giáp xã {xa}',
    'Cử tri phản ánh có hiện tượng khai thác gỗ trái phép trong rừng phòng hộ giáp ranh {thon}, đề nghị kiểm tra, xử lý.',
    'Lực lượng kiểm lâm đã kiểm tra, lập hồ sơ xử lý vi phạm và bố trí chốt bảo vệ rừng tại khu vực.',
  ),
  topic(
    'kinh-te',
    'Tiêu thụ nông sản cho bà con xã {xa}',
    'Giá nông sản vụ này xuống thấp, cử tri {thon} đề nghị hỗ trợ kết nối tiêu thụ.',
    'Huyện đã tổ chức hội nghị kết nối tiêu thụ với các doanh nghiệp; hợp đồng bao tiêu đã được ký cho vụ tới.',
  ),
  topic(
    'van-hoa-xa-hoi',
    'Sửa chữa nhà văn hóa thôn tại xã {xa}',
    'Nhà văn hóa {thon} xuống cấp, mái dột, không bảo đảm sinh hoạt cộng đồng.',
    'Kinh phí sửa chữa nhà văn hóa đã được bố trí từ nguồn ngân sách xã {xa} năm nay.',
  ),
  topic(
    'ha-tang-do-thi',
    'Chiếu sáng công cộng tuyến đường trung tâm xã {xa}',
    'Tuyến đường trung tâm xã {xa} chưa có đèn chiếu sáng, buổi tối đi lại nguy hiểm.',
    'Hệ thống đèn chiếu sáng đã được lắp đặt trên tuyến đường trung tâm xã {xa}.',
  ),
  topic(
    'quy-hoach',
    'Công khai quy hoạch khu dân cư mới tại xã {xa}',
    'Cử tri đề nghị công khai quy hoạch chi tiết khu dân cư mới cạnh {thon} để người dân biết, thực hiện.',
    'Quy hoạch chi tiết đã được niêm yết tại trụ sở UBND xã {xa} và đăng trên cổng thông tin điện tử của huyện.',
  ),
  topic(
    'thu-tuc-hanh-chinh',
    'Rút ngắn thời gian giải quyết thủ tục tại bộ phận một cửa xã {xa}',
    'Người dân phải đi lại nhiều lần khi làm thủ tục chứng thực, đăng ký hộ tịch tại xã {xa}.',
    'Bộ phận một cửa đã niêm yết đầy đủ thủ tục, tiếp nhận hồ sơ trực tuyến và trả kết quả đúng hẹn.',
  ),
];

export const DEMO_PEOPLE = [
  ['Nguyễn Văn An', 'an.nguyen'],
  ['Trần Thị Bích', 'bich.tran'],
  ['Lê Văn Cường', 'cuong.le'],
  ['Phạm Thị Dung', 'dung.pham'],
  ['Hoàng Văn Em', 'em.hoang'],
  ['Vũ Thị Giang', 'giang.vu'],
  ['Đặng Văn Hải', 'hai.dang'],
  ['Bùi Thị Hạnh', 'hanh.bui'],
  ['Đỗ Văn Khánh', 'khanh.do'],
  ['Ngô Thị Lan', 'lan.ngo'],
  ['Dương Văn Long', 'long.duong'],
  ['Lý Thị Mai', 'mai.ly'],
  ['Hà Văn Nam', 'nam.ha'],
  ['Nông Thị Oanh', 'oanh.nong'],
  ['Lương Văn Phúc', 'phuc.luong'],
  ['Triệu Thị Quyên', 'quyen.trieu'],
].map(([name, email]) => ({ name: name!, email: email! }));

export const DEMO_VILLAGES = [
  'thôn Đồng Mới',
  'thôn Làng Trên',
  'thôn Bãi Cả',
  'thôn Khe Nước',
  'thôn Đình',
  'thôn Tân Lập',
  'thôn Nà Pài',
  'thôn Cầu Đen',
];
