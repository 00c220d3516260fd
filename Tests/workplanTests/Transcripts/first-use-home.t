# Without $XDG_DATA_HOME the data folder is ~/.local/share; the announcement is in English
# with WORKPLAN_LANG=en.

@ unset XDG_DATA_HOME
@ env WORKPLAN_LANG=en

$ workplan check
{tmp}/home/.local/share/workplan/plan.md: no problems (122 tasks).
! workplan: no plan file yet; created a copy of the built-in 2021 plan at {tmp}/home/.local/share/workplan/plan.md
? 0

$ workplan check
{tmp}/home/.local/share/workplan/plan.md: no problems (122 tasks).
? 0
= absent plan.md
= absent data

# A relative $XDG_DATA_HOME is ignored, as the XDG specification says.
@ env XDG_DATA_HOME=relative/data
$ workplan check --lang vi
{tmp}/home/.local/share/workplan/plan.md: không có vấn đề nào (122 nhiệm vụ).
? 0
= absent relative

# An absolute one is used; the new copy is announced (in Vietnamese with --lang vi).
@ env XDG_DATA_HOME={tmp}/xdg
$ workplan check --lang vi
{tmp}/xdg/workplan/plan.md: không có vấn đề nào (122 nhiệm vụ).
! workplan: chưa có tệp kế hoạch; đã tạo bản sao kế hoạch mẫu năm 2021 tại {tmp}/xdg/workplan/plan.md
? 0
