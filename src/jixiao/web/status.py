"""The status flow: draft → submitted → returned → resubmitted → reviewed (locked)."""

from __future__ import annotations

STATUS_LABELS = {
    "draft": "草稿",
    "submitted": "已提交",
    "returned": "已退回修改",
    "resubmitted": "已重新提交",
    "reviewed": "已复核（锁定）",
}
EDITABLE = frozenset({"draft", "returned"})
UNDER_REVIEW = frozenset({"submitted", "resubmitted"})
PENDING = "pending"  # the list filter for 待复核: submitted or resubmitted

# action → (statuses it may start from, the status it leads to, who may do it)
ACTIONS: dict[str, tuple[frozenset[str], str | None, str]] = {
    "submit": (frozenset({"draft", "returned"}), None, "editor"),
    "return": (UNDER_REVIEW, "returned", "reviewer"),
    "review": (UNDER_REVIEW, "reviewed", "reviewer"),
    "reopen": (frozenset({"reviewed"}), "submitted", "admin"),  # back under review, the reason kept
}
ACTION_LABELS = {"submit": "提交", "return": "退回修改", "review": "标记为已复核", "reopen": "重新打开"}
REASON_REQUIRED = {"return": "退回修改时必须填写意见", "reopen": "重新打开已复核的评价时必须填写理由"}


def next_status(action: str, current: str) -> str | None:
    """The status after ``action``, or None when the action is not allowed from ``current``."""
    if action not in ACTIONS:
        return None
    sources, target, _who = ACTIONS[action]
    if current not in sources:
        return None
    if action == "submit":
        return "resubmitted" if current == "returned" else "submitted"
    return target
