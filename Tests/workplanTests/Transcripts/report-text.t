# `report` writes the office's report in numbered sections: I. per track, the whole plan and
# each lead unit, how many tasks are done, in progress (and the other statuses that occur),
# then the deadline grid (done on time, done late, not yet due, overdue) with the rate done of
# the tasks come due and the on-time rate, and the quantitative results; II. the decisions of
# the meetings; III. the tasks still open, the overdue ones with their age in calendar and in
# working days. Every task at every level counts; the share done of all = done ÷ (total −
# cancelled); rates have one decimal, a decimal comma in Vietnamese.

> copy small-plan.md plan.md

$ workplan report --as-of 2021-07-06
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh
Tính đến ngày 06/07/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Chuẩn bị các kỳ họp
   Tổng số 4 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 2; hoàn thành 25% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 2, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 50% (1/2), đúng hạn 50%.

2. Nhiệm vụ thường xuyên
   Tổng số 4 nhiệm vụ: hoàn thành 0, đang thực hiện 1, tạm hoãn 1, vướng mắc 1, hủy bỏ 1; hoàn thành 0% tổng số.
   Theo hạn: không có nhiệm vụ nào để xét (không có hạn 2, tạm hoãn 1, hủy bỏ 1).
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Toàn kế hoạch
   Tổng số 8 nhiệm vụ: hoàn thành 1, đang thực hiện 2, chưa thực hiện 2, tạm hoãn 1, vướng mắc 1, hủy bỏ 1; hoàn thành 14,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 2, quá hạn 1 (không xét hạn: không có hạn 2, tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 50% (1/2), đúng hạn 50%.

Theo đơn vị chủ trì
   - TH Phòng Tổng hợp: 4 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 2, quá hạn 0 (không xét hạn: tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.
   - HC Phòng Hành chính - Tổ chức - Quản trị: 2 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1 (không xét hạn: không có hạn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.
   - CTDB Phòng Công tác đại biểu: 2 nhiệm vụ; không có nhiệm vụ nào để xét (không có hạn 1, hủy bỏ 1).

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH

1. Chuẩn bị các kỳ họp
   - KH1 Kỳ họp thường lệ giữa năm (chủ trì TH; hạn 10/07/2021; chưa thực hiện)
     - KH1.2 Chuẩn bị cơ sở vật chất, hậu cần (chủ trì HC; hạn 05/07/2021; đang thực hiện; quá hạn 1 ngày, 1 ngày làm việc)
   - KH2 Kỳ họp cuối năm (chủ trì TH; hạn 10/12/2021; chưa thực hiện)

2. Nhiệm vụ thường xuyên
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư (chủ trì CTDB; đang thực hiện)
   - TX3 Rà soát quy chế làm việc (chủ trì TH; hạn 30/09/2021; tạm hoãn)
   - TX4 Số hóa hồ sơ lưu trữ (chủ trì HC; vướng mắc)
? 0

# Without --as-of, the day is today (29/10/2021): KH1 is now overdue too. The date may
# be typed dd/MM/yyyy.
$ workplan report
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh
Tính đến ngày 29/10/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Chuẩn bị các kỳ họp
   Tổng số 4 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 2; hoàn thành 25% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 2; tỷ lệ hoàn thành nhiệm vụ đến hạn 33,3% (1/3), đúng hạn 33,3%.

2. Nhiệm vụ thường xuyên
   Tổng số 4 nhiệm vụ: hoàn thành 0, đang thực hiện 1, tạm hoãn 1, vướng mắc 1, hủy bỏ 1; hoàn thành 0% tổng số.
   Theo hạn: không có nhiệm vụ nào để xét (không có hạn 2, tạm hoãn 1, hủy bỏ 1).
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Toàn kế hoạch
   Tổng số 8 nhiệm vụ: hoàn thành 1, đang thực hiện 2, chưa thực hiện 2, tạm hoãn 1, vướng mắc 1, hủy bỏ 1; hoàn thành 14,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 2 (không xét hạn: không có hạn 2, tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 33,3% (1/3), đúng hạn 33,3%.

Theo đơn vị chủ trì
   - TH Phòng Tổng hợp: 4 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 1 (không xét hạn: tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 50% (1/2), đúng hạn 50%.
   - HC Phòng Hành chính - Tổ chức - Quản trị: 2 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1 (không xét hạn: không có hạn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.
   - CTDB Phòng Công tác đại biểu: 2 nhiệm vụ; không có nhiệm vụ nào để xét (không có hạn 1, hủy bỏ 1).

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH

1. Chuẩn bị các kỳ họp
   - KH1 Kỳ họp thường lệ giữa năm (chủ trì TH; hạn 10/07/2021; chưa thực hiện; quá hạn 111 ngày, 78 ngày làm việc)
     - KH1.2 Chuẩn bị cơ sở vật chất, hậu cần (chủ trì HC; hạn 05/07/2021; đang thực hiện; quá hạn 116 ngày, 82 ngày làm việc)
   - KH2 Kỳ họp cuối năm (chủ trì TH; hạn 10/12/2021; chưa thực hiện)

2. Nhiệm vụ thường xuyên
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư (chủ trì CTDB; đang thực hiện)
   - TX3 Rà soát quy chế làm việc (chủ trì TH; hạn 30/09/2021; tạm hoãn)
   - TX4 Số hóa hồ sơ lưu trữ (chủ trì HC; vướng mắc)
? 0

$ workplan report --as-of 01/06/2021 --file plan.md
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh
Tính đến ngày 01/06/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Chuẩn bị các kỳ họp
   Tổng số 4 nhiệm vụ: hoàn thành 0, đang thực hiện 1, chưa thực hiện 2, hoàn thành sau đó 1; hoàn thành 0% tổng số.
   Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 4, quá hạn 0; chưa có nhiệm vụ nào đến hạn.

2. Nhiệm vụ thường xuyên
   Tổng số 4 nhiệm vụ: hoàn thành 0, đang thực hiện 1, tạm hoãn 1, vướng mắc 1, hủy bỏ 1; hoàn thành 0% tổng số.
   Theo hạn: không có nhiệm vụ nào để xét (không có hạn 2, tạm hoãn 1, hủy bỏ 1).
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Toàn kế hoạch
   Tổng số 8 nhiệm vụ: hoàn thành 0, đang thực hiện 2, chưa thực hiện 2, tạm hoãn 1, vướng mắc 1, hủy bỏ 1, hoàn thành sau đó 1; hoàn thành 0% tổng số.
   Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 4, quá hạn 0 (không xét hạn: không có hạn 2, tạm hoãn 1, hủy bỏ 1); chưa có nhiệm vụ nào đến hạn.

Theo đơn vị chủ trì
   - TH Phòng Tổng hợp: 4 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 3, quá hạn 0 (không xét hạn: tạm hoãn 1); chưa có nhiệm vụ nào đến hạn.
   - HC Phòng Hành chính - Tổ chức - Quản trị: 2 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 0 (không xét hạn: không có hạn 1); chưa có nhiệm vụ nào đến hạn.
   - CTDB Phòng Công tác đại biểu: 2 nhiệm vụ; không có nhiệm vụ nào để xét (không có hạn 1, hủy bỏ 1).

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH

1. Chuẩn bị các kỳ họp
   - KH1 Kỳ họp thường lệ giữa năm (chủ trì TH; hạn 10/07/2021; chưa thực hiện)
     - KH1.1 Dự thảo chương trình kỳ họp (chủ trì TH; hạn 20/06/2021; hoàn thành ngày 18/06/2021)
     - KH1.2 Chuẩn bị cơ sở vật chất, hậu cần (chủ trì HC; hạn 05/07/2021; đang thực hiện)
   - KH2 Kỳ họp cuối năm (chủ trì TH; hạn 10/12/2021; chưa thực hiện)

2. Nhiệm vụ thường xuyên
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư (chủ trì CTDB; đang thực hiện)
   - TX3 Rà soát quy chế làm việc (chủ trì TH; hạn 30/09/2021; tạm hoãn)
   - TX4 Số hóa hồ sơ lưu trữ (chủ trì HC; vướng mắc)
? 0

$ workplan report --as-of 2021-06-31
! workplan: "2021-06-31" không phải là một ngày có thật (viết 2021-07-10, 10/07/2021, +7 hoặc +5nlv)
? 2

$ workplan report --format pdf
! workplan: định dạng "pdf" không có; dùng text, markdown, csv, json hoặc xlsx
? 2

