# The built-in plan's year so far, as the office's year-end report reads: TX2, TX3 and BC8
# carry counted results (received, eligible, handled), written as the office writes them.

$ workplan init
Đã tạo plan.md: kế hoạch công tác năm 2021, 122 nhiệm vụ.
? 0

$ workplan report --period year
BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh
Kỳ báo cáo: năm 2021 (từ ngày 01/01/2021 đến ngày 31/12/2021)
Tính đến ngày 29/10/2021

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Chuẩn bị các kỳ họp HĐND tỉnh năm 2021
   Tổng số 42 nhiệm vụ: hoàn thành 31, đang thực hiện 1, chưa thực hiện 9, vướng mắc 1; hoàn thành 73,8% tổng số.
   Theo hạn: hoàn thành đúng hạn 26, hoàn thành quá hạn 5, chưa đến hạn 11, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (31/31), đúng hạn 83,9%.
   - KH2.2 Tổng hợp ý kiến, kiến nghị cử tri gửi đến kỳ họp: 10/10 (100%)
   - KH4.2 Tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp: 10/10 (100%)
   - KH4.6 Hoàn thiện, công bố nghị quyết; đăng Công báo và Cổng thông tin điện tử: 19/19 (100%)
   - KH6.2 Tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp: 0/10 (0%)

2. Tổng kết nhiệm kỳ HĐND tỉnh khóa IX, nhiệm kỳ 2016–2021
   Tổng số 13 nhiệm vụ: hoàn thành 11, đang thực hiện 2; hoàn thành 84,6% tổng số.
   Theo hạn: hoàn thành đúng hạn 8, hoàn thành quá hạn 3, chưa đến hạn 0, quá hạn 2; tỷ lệ hoàn thành nhiệm vụ đến hạn 84,6% (11/13), đúng hạn 61,5%.
   - TK2.1 Báo cáo của các Ban HĐND tỉnh: 4/4 (100%)
   - TK2.2 Báo cáo của các Tổ đại biểu HĐND tỉnh: 10/10 (100%)
   - TK5.1 Trình UBND tỉnh tặng Bằng khen cho tập thể, cá nhân có thành tích: 38/38 (100%)
   - TK6 Biên soạn Kỷ yếu HĐND tỉnh khóa IX, nhiệm kỳ 2016–2021: 70%

3. Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026
   Tổng số 32 nhiệm vụ: hoàn thành 28, đang thực hiện 3, hủy bỏ 1; hoàn thành 90,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 28, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 3 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 90,3% (28/31), đúng hạn 90,3%.
   - BC4 Tiếp nhận, nghiên cứu hồ sơ người ứng cử đại biểu HĐND tỉnh: 96/96 (100%)
   - BC5.3.1 Hội nghị cử tri nơi cư trú của người ứng cử: 94/94 (100%)
   - BC8 Tiếp nhận, xử lý đơn thư khiếu nại, tố cáo liên quan đến bầu cử: tiếp nhận 13 đơn, 11 đơn đủ điều kiện, đã xử lý 11 đơn (đạt 100%)
   - BC10 Phục vụ người ứng cử tiếp xúc cử tri, vận động bầu cử: 54/54 (100%)
   - BC11.1 Đoàn kiểm tra của Ủy ban bầu cử tỉnh làm việc tại các huyện, thị xã, thành phố: 10/10 (100%)
   - BC13 Tổng hợp, công bố kết quả bầu cử đại biểu HĐND tỉnh: 52/52 (100%)
   - BC15.2 Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ: 80%
   - BC16 Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh: 7/10 (70%)

4. Nhiệm vụ thường xuyên
   Tổng số 35 nhiệm vụ: hoàn thành 12, đang thực hiện 16, chưa thực hiện 5, tạm hoãn 1, hủy bỏ 1; hoàn thành 35,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 8, hoàn thành quá hạn 4, chưa đến hạn 21, quá hạn 0 (không xét hạn: tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (12/12), đúng hạn 66,7%.
   - TX1 Tiếp công dân định kỳ của Thường trực HĐND tỉnh tại Trụ sở tiếp công dân tỉnh: 8/12 (66,7%); 9 buổi tiếp công dân, 42 lượt công dân, 26 vụ việc; báo cáo tiến độ ngày 16/08/2021: Tạm dừng tiếp công dân trực tiếp tháng 8 và tháng 9 do giãn cách xã hội.
   - TX2 Tổng kết công tác tiếp nhận, xử lý đơn thư năm 2020: tiếp nhận 132 đơn, 127 đơn đủ điều kiện, đã xử lý 121 đơn (đạt 95,3%)
   - TX3 Tiếp nhận, phân loại, tham mưu xử lý đơn thư năm 2021: tiếp nhận 118 đơn, 112 đơn đủ điều kiện, đã xử lý 104 đơn (đạt 92,9%)
   - TX3.1 Đôn đốc giải quyết 6 đơn còn tồn của năm 2020: 6/6 (100%)
   - TX4.1 Họp giao ban Thường trực HĐND tỉnh hằng tháng, ra thông báo kết luận: 10/12 (83,3%)
   - TX4.2 Giao ban quý giữa Thường trực HĐND với UBND tỉnh và Ủy ban MTTQ tỉnh: 3/4 (75%)
   - TX5.3 Giám sát công tác tiêm chủng vắc xin phòng COVID-19 trên địa bàn tỉnh: 60%
   - TX5.3.2 Khảo sát thực tế tại các huyện, thị xã, thành phố: 6/10 (60%)
   - TX6.1 Tiếp xúc cử tri trước kỳ họp thứ hai: 10/10 (100%)
   - TX6.3 Tiếp xúc cử tri trước kỳ họp cuối năm 2021: 0/10 (0%)
   - TX8.3 Số hóa tài liệu các kỳ họp nhiệm kỳ 2016–2021: 65%
   - TX9.2 Triển khai phần mềm phục vụ kỳ họp không giấy tờ: 40%

Tổng cộng trong kỳ
   Tổng số 122 nhiệm vụ: hoàn thành 82, đang thực hiện 22, chưa thực hiện 14, tạm hoãn 1, vướng mắc 1, hủy bỏ 2; hoàn thành 68,3% tổng số.
   Theo hạn: hoàn thành đúng hạn 70, hoàn thành quá hạn 12, chưa đến hạn 32, quá hạn 5 (không xét hạn: tạm hoãn 1, hủy bỏ 2); tỷ lệ hoàn thành nhiệm vụ đến hạn 94,3% (82/87), đúng hạn 80,5%.

Theo đơn vị chủ trì
   - VP Lãnh đạo Văn phòng: 7 nhiệm vụ; hoàn thành đúng hạn 5, hoàn thành quá hạn 0, chưa đến hạn 2, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (5/5), đúng hạn 100%.
   - TH Phòng Tổng hợp: 34 nhiệm vụ; hoàn thành đúng hạn 19, hoàn thành quá hạn 3, chưa đến hạn 12, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (22/22), đúng hạn 86,4%.
   - CTDB Phòng Công tác đại biểu: 18 nhiệm vụ; hoàn thành đúng hạn 10, hoàn thành quá hạn 3, chưa đến hạn 3, quá hạn 1 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 92,9% (13/14), đúng hạn 71,4%.
   - HC Phòng Hành chính - Tổ chức - Quản trị: 15 nhiệm vụ; hoàn thành đúng hạn 8, hoàn thành quá hạn 1, chưa đến hạn 3, quá hạn 3; tỷ lệ hoàn thành nhiệm vụ đến hạn 75% (9/12), đúng hạn 66,7%.
   - TTDN Phòng Thông tin - Dân nguyện: 12 nhiệm vụ; hoàn thành đúng hạn 5, hoàn thành quá hạn 1, chưa đến hạn 5, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 85,7% (6/7), đúng hạn 71,4%.
   - BKTNS Ban Kinh tế - Ngân sách HĐND tỉnh: 8 nhiệm vụ; hoàn thành đúng hạn 4, hoàn thành quá hạn 2, chưa đến hạn 2, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (6/6), đúng hạn 66,7%.
   - BPC Ban Pháp chế HĐND tỉnh: 5 nhiệm vụ; hoàn thành đúng hạn 2, hoàn thành quá hạn 0, chưa đến hạn 2, quá hạn 0 (không xét hạn: tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (2/2), đúng hạn 100%.
   - BVHXH Ban Văn hóa - Xã hội HĐND tỉnh: 5 nhiệm vụ; hoàn thành đúng hạn 2, hoàn thành quá hạn 1, chưa đến hạn 2, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (3/3), đúng hạn 66,7%.
   - BDT Ban Dân tộc HĐND tỉnh: 2 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 1, chưa đến hạn 1, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 0%.
   - UBBC Ủy ban bầu cử tỉnh: 8 nhiệm vụ; hoàn thành đúng hạn 7, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 0 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (7/7), đúng hạn 100%.
   - MTTQ Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: 7 nhiệm vụ; hoàn thành đúng hạn 7, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (7/7), đúng hạn 100%.
   - SNV Sở Nội vụ: 1 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.

Theo người theo dõi
   - Nguyễn Văn Hùng (hung): 7 nhiệm vụ; hoàn thành đúng hạn 5, hoàn thành quá hạn 0, chưa đến hạn 2, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (5/5), đúng hạn 100%.
   - Trần Thị Mai (mai): 31 nhiệm vụ; hoàn thành đúng hạn 13, hoàn thành quá hạn 5, chưa đến hạn 12, quá hạn 0 (không xét hạn: tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (18/18), đúng hạn 72,2%.
   - Lê Văn Nam (nam): 23 nhiệm vụ; hoàn thành đúng hạn 14, hoàn thành quá hạn 2, chưa đến hạn 7, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (16/16), đúng hạn 87,5%.
   - Phạm Thị Phương (phuong): 34 nhiệm vụ; hoàn thành đúng hạn 25, hoàn thành quá hạn 3, chưa đến hạn 3, quá hạn 1 (không xét hạn: hủy bỏ 2); tỷ lệ hoàn thành nhiệm vụ đến hạn 96,6% (28/29), đúng hạn 86,2%.
   - Hoàng Minh Tuấn (tuan): 15 nhiệm vụ; hoàn thành đúng hạn 8, hoàn thành quá hạn 1, chưa đến hạn 3, quá hạn 3; tỷ lệ hoàn thành nhiệm vụ đến hạn 75% (9/12), đúng hạn 66,7%.
   - Võ Thị Linh (linh): 12 nhiệm vụ; hoàn thành đúng hạn 5, hoàn thành quá hạn 1, chưa đến hạn 5, quá hạn 1; tỷ lệ hoàn thành nhiệm vụ đến hạn 85,7% (6/7), đúng hạn 71,4%.

II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

   Không có cuộc họp nào trong kỳ báo cáo.

III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG NĂM 2022

1. Chuẩn bị các kỳ họp HĐND tỉnh năm 2021
   - KH5 Kỳ họp chuyên đề tháng 11/2021 (kỳ họp thứ ba, HĐND tỉnh khóa X) (chủ trì TH; hạn 12/11/2021; đang thực hiện)
     - KH5.2 Thẩm tra dự thảo nghị quyết điều chỉnh kế hoạch đầu tư công năm 2021 (chủ trì BKTNS; hạn 29/10/2021; vướng mắc)
     - KH5.3 Gửi tài liệu kỳ họp đến đại biểu HĐND tỉnh (chủ trì TH; hạn 05/11/2021; chưa thực hiện)
   - KH6 Kỳ họp thường lệ cuối năm 2021 (chủ trì TH; hạn 15/12/2021; chưa thực hiện)
     - KH6.1 Dự thảo chương trình kỳ họp, trình Thường trực HĐND cho ý kiến (chủ trì TH; hạn 12/11/2021; chưa thực hiện)
     - KH6.2 Tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp (chủ trì CTDB; hạn 30/11/2021; chưa thực hiện)
     - KH6.3 Phối hợp các Ban thẩm tra báo cáo, tờ trình, dự thảo nghị quyết (chủ trì TH; hạn 03/12/2021; chưa thực hiện)
       - KH6.3.1 Thẩm tra dự toán ngân sách năm 2022 và phương án phân bổ ngân sách cấp tỉnh (chủ trì BKTNS; hạn 01/12/2021; chưa thực hiện)
       - KH6.3.2 Thẩm tra báo cáo công tác năm 2021 của Tòa án, Viện kiểm sát, Cục Thi hành án dân sự (chủ trì BPC; hạn 01/12/2021; chưa thực hiện)
     - KH6.4 Chuẩn bị phiên chất vấn và trả lời chất vấn (chủ trì TH; hạn 06/12/2021; chưa thực hiện)
     - KH6.5 Chuẩn bị hội trường, tài liệu, phương án phòng, chống dịch (chủ trì HC; hạn 07/12/2021; chưa thực hiện)

2. Tổng kết nhiệm kỳ HĐND tỉnh khóa IX, nhiệm kỳ 2016–2021
   - TK5.2 Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tập thể Thường trực HĐND tỉnh (chủ trì HC; hạn 30/06/2021; đang thực hiện; quá hạn 121 ngày, 85 ngày làm việc)
   - TK6 Biên soạn Kỷ yếu HĐND tỉnh khóa IX, nhiệm kỳ 2016–2021 (chủ trì TTDN; hạn 30/09/2021; đang thực hiện; quá hạn 29 ngày, 21 ngày làm việc)

3. Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026
   - BC15 Tổng kết công tác bầu cử, lưu trữ hồ sơ (chủ trì CTDB; hạn 30/09/2021; đang thực hiện; quá hạn 29 ngày, 21 ngày làm việc)
     - BC15.2 Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ (chủ trì HC; hạn 30/09/2021; đang thực hiện; quá hạn 29 ngày, 21 ngày làm việc)
   - BC16 Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh (chủ trì HC; hạn 15/10/2021; đang thực hiện; quá hạn 14 ngày, 10 ngày làm việc)

4. Nhiệm vụ thường xuyên
   - TX1 Tiếp công dân định kỳ của Thường trực HĐND tỉnh tại Trụ sở tiếp công dân tỉnh (chủ trì TTDN; hạn 31/12/2021; đang thực hiện)
   - TX3 Tiếp nhận, phân loại, tham mưu xử lý đơn thư năm 2021 (chủ trì TTDN; hạn 31/12/2021; đang thực hiện)
     - TX3.2 Giám sát việc giải quyết đơn thư đã chuyển UBND tỉnh và các sở, ngành (chủ trì BPC; hạn 15/12/2021; đang thực hiện)
   - TX4 Phục vụ hoạt động của Thường trực HĐND tỉnh (chủ trì TH; hạn 31/12/2021; đang thực hiện)
     - TX4.1 Họp giao ban Thường trực HĐND tỉnh hằng tháng, ra thông báo kết luận (chủ trì TH; hạn 31/12/2021; đang thực hiện)
     - TX4.2 Giao ban quý giữa Thường trực HĐND với UBND tỉnh và Ủy ban MTTQ tỉnh (chủ trì TH; hạn 20/12/2021; đang thực hiện)
   - TX5 Phục vụ hoạt động giám sát năm 2021 theo Chương trình giám sát của HĐND tỉnh (chủ trì TH; hạn 15/12/2021; đang thực hiện)
     - TX5.2 Giám sát việc giải quyết thủ tục hành chính tại bộ phận một cửa cấp huyện, cấp xã (chủ trì BPC; hạn 30/09/2021; tạm hoãn)
     - TX5.3 Giám sát công tác tiêm chủng vắc xin phòng COVID-19 trên địa bàn tỉnh (chủ trì BVHXH; hạn 19/11/2021; đang thực hiện)
       - TX5.3.2 Khảo sát thực tế tại các huyện, thị xã, thành phố (chủ trì BVHXH; hạn 05/11/2021; đang thực hiện)
       - TX5.3.3 Báo cáo kết quả giám sát, trình Thường trực HĐND tỉnh (chủ trì TH; hạn 19/11/2021; chưa thực hiện)
     - TX5.4 Giám sát việc thực hiện chính sách hỗ trợ phát triển sản xuất vùng đồng bào dân tộc thiểu số (chủ trì BDT; hạn 10/12/2021; chưa thực hiện)
   - TX6 Phục vụ các Tổ đại biểu HĐND tỉnh tiếp xúc cử tri (chủ trì CTDB; hạn 10/12/2021; đang thực hiện)
     - TX6.3 Tiếp xúc cử tri trước kỳ họp cuối năm 2021 (chủ trì CTDB; hạn 26/11/2021; chưa thực hiện)
   - TX8 Công tác hành chính, văn thư, lưu trữ, tài chính (chủ trì HC; hạn 31/12/2021; đang thực hiện)
     - TX8.3 Số hóa tài liệu các kỳ họp nhiệm kỳ 2016–2021 (chủ trì HC; hạn 15/12/2021; đang thực hiện)
   - TX9 Công nghệ thông tin, Cổng thông tin điện tử HĐND tỉnh (chủ trì TTDN; hạn 31/12/2021; đang thực hiện)
     - TX9.1 Cập nhật tin, bài về hoạt động của HĐND tỉnh lên Cổng thông tin điện tử (chủ trì TTDN; hạn 31/12/2021; đang thực hiện)
     - TX9.2 Triển khai phần mềm phục vụ kỳ họp không giấy tờ (chủ trì TTDN; hạn 30/11/2021; đang thực hiện)
   - TX10 Công tác Đảng, đoàn thể cơ quan (chủ trì VP; hạn 31/12/2021; đang thực hiện)
     - TX10.2 Kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên năm 2021 (chủ trì VP; hạn 20/12/2021; chưa thực hiện)
   - TX11 Báo cáo công tác năm 2021, chương trình công tác năm 2022 của Văn phòng (chủ trì TH; hạn 24/12/2021; chưa thực hiện)
? 0

