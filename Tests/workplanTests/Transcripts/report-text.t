# `report` writes the office's report in numbered sections: I. per track, how many tasks
# are done, in progress, overdue (and the other statuses that occur), with the quantitative
# results; II. the decisions of the meetings; III. the tasks still open. Every task at every
# level counts; done % = done ÷ (total − cancelled), one decimal, decimal comma in Vietnamese.

> copy small-plan.md plan.md

$ workplan report --as-of 2021-07-06
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh
Tính đến ngày 06/07/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Chuẩn bị các kỳ họp
   Tổng số 4 nhiệm vụ; hoàn thành 1 (25%); đang thực hiện 1; quá hạn 1; chưa thực hiện 2.

2. Nhiệm vụ thường xuyên
   Tổng số 4 nhiệm vụ; hoàn thành 0 (0%); đang thực hiện 1; quá hạn 0; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Toàn kế hoạch
   Tổng số 8 nhiệm vụ; hoàn thành 1 (14,3%); đang thực hiện 2; quá hạn 1; chưa thực hiện 2; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH

1. Chuẩn bị các kỳ họp
   - KH1 Kỳ họp thường lệ giữa năm (chủ trì TH; hạn 10/07/2021; chưa thực hiện)
     - KH1.2 Chuẩn bị cơ sở vật chất, hậu cần (chủ trì HC; hạn 05/07/2021; đang thực hiện; quá hạn)
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
   Tổng số 4 nhiệm vụ; hoàn thành 1 (25%); đang thực hiện 1; quá hạn 2; chưa thực hiện 2.

2. Nhiệm vụ thường xuyên
   Tổng số 4 nhiệm vụ; hoàn thành 0 (0%); đang thực hiện 1; quá hạn 0; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Toàn kế hoạch
   Tổng số 8 nhiệm vụ; hoàn thành 1 (14,3%); đang thực hiện 2; quá hạn 2; chưa thực hiện 2; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH

1. Chuẩn bị các kỳ họp
   - KH1 Kỳ họp thường lệ giữa năm (chủ trì TH; hạn 10/07/2021; chưa thực hiện; quá hạn)
     - KH1.2 Chuẩn bị cơ sở vật chất, hậu cần (chủ trì HC; hạn 05/07/2021; đang thực hiện; quá hạn)
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
   Tổng số 4 nhiệm vụ; hoàn thành 1 (25%); đang thực hiện 1; quá hạn 0; chưa thực hiện 2.

2. Nhiệm vụ thường xuyên
   Tổng số 4 nhiệm vụ; hoàn thành 0 (0%); đang thực hiện 1; quá hạn 0; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Toàn kế hoạch
   Tổng số 8 nhiệm vụ; hoàn thành 1 (14,3%); đang thực hiện 2; quá hạn 0; chưa thực hiện 2; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH

1. Chuẩn bị các kỳ họp
   - KH1 Kỳ họp thường lệ giữa năm (chủ trì TH; hạn 10/07/2021; chưa thực hiện)
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
! workplan: định dạng "pdf" không có; dùng text, markdown, csv hoặc json
? 2

