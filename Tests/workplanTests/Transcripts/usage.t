# Command lines that cannot be parsed exit with 2. ArgumentParser's message is in English;
# in Vietnamese a first line introduces it. --help prints help on standard output, exit 0.

> copy small-plan.md plan.md

$ workplan done KH1 --force
! workplan: lệnh viết chưa đúng; xem hướng dẫn bằng --help. Chi tiết (tiếng Anh):
! Error: Unknown option '--force'. Did you mean '--file'?
! Usage: workplan done [--file <FILE>] [--lang <LANG>] <ID> ...
!   See 'workplan done --help' for more information.
? 2

$ workplan report --lang en --as-off 2021-07-06
! Error: Unknown option '--as-off'. Did you mean '--as-of'?
! Usage: workplan report [--file <FILE>] [--lang <LANG>] [<FILE>] [--as-of <DATE>] [--period <PERIOD>] [--format <FORMAT>] [--output <OUT>] [--against <DEADLINE>]
!   See 'workplan report --help' for more information.
? 2

@ env WORKPLAN_LANG=en
$ workplan check --verbose
! Error: Unknown option '--verbose'
! Usage: workplan check [--file <FILE>] [--lang <LANG>] [<FILE> ...]
!   See 'workplan check --help' for more information.
? 2
@ unset WORKPLAN_LANG

$ workplan finish KH1
! workplan: không có lệnh hay tệp “finish”; các lệnh là open, review, list, check, done, set, add, log, extend, report, agenda, minutes, export, calendar, init, new-year, import, merge, git, sync, history (xem workplan --help)
? 2

$ workplan
! workplan: giao diện toàn màn hình cần một terminal; để in kế hoạch hãy dùng: workplan list
? 2

$ workplan list --lang de
! workplan: ngôn ngữ "de" không có; dùng vi hoặc en
? 2

= unchanged plan.md

$ workplan --help
OVERVIEW: Kế hoạch công tác trong một tệp văn bản — the yearly work plan in a
plain text file.

Tệp kế hoạch: FILE, --file, $WORKPLAN_FILE, ./plan.md, hoặc bản sao kế hoạch
mẫu 2021 trong thư mục dữ liệu.
The plan file: FILE, --file, $WORKPLAN_FILE, ./plan.md, or a copy of the
built-in 2021 plan in the data folder.
Ngôn ngữ / language: --lang vi|en or $WORKPLAN_LANG.

USAGE: workplan <subcommand>

OPTIONS:
  -h, --help              Show help information.

SUBCOMMANDS:
  open (default)          Mở kế hoạch trên toàn màn hình (mặc định) — browse
                          and edit the plan full screen (the default).
  review                  Họp rà soát kế hoạch, ghi biên bản — hold a review
                          meeting and write its minutes.
  list                    Liệt kê nhiệm vụ — list tasks as an outline, JSON,
                          CSV or an Excel workbook.
  check                   Kiểm tra tệp kế hoạch — report every problem as
                          FILE:LINE:COLUMN: message.
  done                    Đánh dấu hoàn thành — mark tasks done (writes done:
                          with today's date).
  set                     Sửa nhiệm vụ — set status:, due:, lead:, with:,
                          progress:, title:… of a task.
  add                     Thêm nhiệm vụ — add a task under a task or at the top
                          of a track.
  log                     Ghi kết quả, tiến độ theo ngày — add a dated entry
                          (results or a progress note) under a task.
  extend                  Gia hạn nhiệm vụ — extend a task's deadline, keeping
                          the old one, the reason and the document.
  report                  Báo cáo tình hình thực hiện — the office's report:
                          per-track counts, results, decisions, open tasks.
  agenda                  Việc cần đôn đốc — what is overdue and due soon, by
                          person or unit, ready to paste.
  minutes                 In biên bản họp — print a meeting's minutes (the
                          latest, or --meeting NAME|DATE|list).
  export                  Xuất văn bản — write the plan (kế hoạch), the report
                          (báo cáo) or a meeting's minutes (biên bản) as a Word
                          document, or the plan's table as an Excel workbook.
  calendar                Lịch nghỉ của cơ quan và âm lịch — the office's days
                          off in a year, or a day's lunar date.
  init                    Tạo tệp kế hoạch mẫu năm 2021, hoặc kế hoạch trống —
                          write the built-in 2021 plan, or an empty one, to a
                          new file.
  new-year                Kế hoạch năm mới — the next year's plan: the same
                          units, persons and tracks, the open tasks carried
                          over.
  import                  Nhập kế hoạch — make a plan from an Excel (.xlsx) or
                          CSV table of tasks, as offices keep them.
  merge                   Hợp nhất kế hoạch — three-way merge of a plan, task
                          by task and field by field.
  git                     Chuẩn bị kho git — set up the plan's git clone for
                          workplan sync.
  sync                    Đồng bộ kế hoạch qua git — commit, merge the others'
                          changes task by task, push.
  history                 Lịch sử một nhiệm vụ — each change of a task in git's
                          history: when, who, what.

  See 'workplan help <subcommand>' for detailed help.
? 0

$ workplan done --help
OVERVIEW: Đánh dấu hoàn thành — mark tasks done (writes done: with today's
date).

USAGE: workplan done [--file <FILE>] [--lang <LANG>] <ID> ...

ARGUMENTS:
  <ID>                    Mã nhiệm vụ / task ids.

OPTIONS:
  --file <FILE>           Tệp kế hoạch / the plan file.
  --lang <LANG>           Ngôn ngữ / language: vi, en.
  -h, --help              Show help information.

? 0

= unchanged plan.md
