# `report` counts every task at every level, per track and for the whole plan, as of a day.
# Done % = done ÷ (total − cancelled), one decimal, decimal comma in Vietnamese.

> copy small-plan.md plan.md

$ workplan report --as-of 2021-07-06
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh
Tính đến ngày 06/07/2021

1. Chuẩn bị các kỳ họp
   Tổng số 4 nhiệm vụ; hoàn thành 1 (25%); đang thực hiện 1; quá hạn 1; chưa thực hiện 2.

2. Nhiệm vụ thường xuyên
   Tổng số 4 nhiệm vụ; hoàn thành 0 (0%); đang thực hiện 1; quá hạn 0; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Toàn kế hoạch
   Tổng số 8 nhiệm vụ; hoàn thành 1 (14,3%); đang thực hiện 2; quá hạn 1; chưa thực hiện 2; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.
? 0

# Without --as-of, the day is today (29/10/2021): KH1 is now overdue too. The date may
# be typed dd/MM/yyyy.
$ workplan report
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh
Tính đến ngày 29/10/2021

1. Chuẩn bị các kỳ họp
   Tổng số 4 nhiệm vụ; hoàn thành 1 (25%); đang thực hiện 1; quá hạn 2; chưa thực hiện 2.

2. Nhiệm vụ thường xuyên
   Tổng số 4 nhiệm vụ; hoàn thành 0 (0%); đang thực hiện 1; quá hạn 0; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Toàn kế hoạch
   Tổng số 8 nhiệm vụ; hoàn thành 1 (14,3%); đang thực hiện 2; quá hạn 2; chưa thực hiện 2; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.
? 0

$ workplan report --as-of 01/06/2021 --file plan.md
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch thử nghiệm — Văn phòng HĐND tỉnh
Tính đến ngày 01/06/2021

1. Chuẩn bị các kỳ họp
   Tổng số 4 nhiệm vụ; hoàn thành 1 (25%); đang thực hiện 1; quá hạn 0; chưa thực hiện 2.

2. Nhiệm vụ thường xuyên
   Tổng số 4 nhiệm vụ; hoàn thành 0 (0%); đang thực hiện 1; quá hạn 0; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.
   - TX1 Tiếp nhận, phân loại, tham mưu xử lý đơn thư: 121/127 (95,3%)
   - TX4 Số hóa hồ sơ lưu trữ: 40%

Toàn kế hoạch
   Tổng số 8 nhiệm vụ; hoàn thành 1 (14,3%); đang thực hiện 2; quá hạn 0; chưa thực hiện 2; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.
? 0

$ workplan report --as-of 2021-06-31
! workplan: "2021-06-31" không phải là một ngày có thật (viết 2021-07-10 hoặc 10/07/2021)
? 2

$ workplan report --format pdf
! workplan: định dạng "pdf" không có; dùng text hoặc markdown
? 2
