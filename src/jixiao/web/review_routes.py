"""The review decision, the review letter and the rectification (整改), as pages and JSON API.

Pages: ``/evaluations/{id}/review`` (the decision form for a reviewer; the decision, the letter and
the rectification items for the unit), ``/evaluations/{id}/review/letter.docx``, ``/rectifications``
(a reviewer's open items by unit and deadline; an editor's own items), and the form posts that
answer, close and reopen an item. API: the same under ``/api``. Access as everywhere: an evaluation
out of reach is "not found".
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from jixiao.web import rectify
from jixiao.web.access import WebError, readable
from jixiao.web.deps import Who, tx, who, wtx
from jixiao.web.tables import UnitRow

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["review and rectification"])
Caller = Annotated[Who, Depends(who)]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _review_context(request: Request, caller: Who, evaluation_id: int) -> dict[str, Any]:
    with tx(request) as db:
        row = readable(db, caller.principal, evaluation_id)
        unit = db.get(UnitRow, row.unit_id)
        suggested, _data = rectify.proposal(db, evaluation_id, row)
        decision = rectify.decision_view(rectify.decision_of(db, evaluation_id))
        years, across = rectify.across_years(db, row)
        return {"row": row, "years": years, "across": across, "unit": unit.name if unit else "",
                "suggested": suggested, "decision": decision,
                "items": rectify.items(db, caller.principal, evaluation_id),
                "events": rectify.history(db, caller.principal, evaluation_id),
                "decidable": row.status in rectify.DECIDABLE, "labels": rectify.RECTIFICATION_LABELS,
                "answers": rectify.ANSWERS}


def _page(request: Request, caller: Who, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    base = {"me": caller.principal, "csrf": caller.csrf}
    return request.app.state.templates.TemplateResponse(request, template, {**base, **context}, status_code=status)


@pages.get("/evaluations/{evaluation_id}/review")
def review_page(request: Request, evaluation_id: int, caller: Caller) -> HTMLResponse:
    return _page(request, caller, "review.html", **_review_context(request, caller, evaluation_id), error="",
                 form=None)


@pages.post("/evaluations/{evaluation_id}/review")
def decide_page(
    request: Request, evaluation_id: int, caller: Caller, total: Annotated[str, Form()],
    grade: Annotated[str, Form()], opinion: Annotated[str, Form()], total_reason: Annotated[str, Form()] = "",
    grade_reason: Annotated[str, Form()] = "", deadline: Annotated[str, Form()] = "",
    reviewer_unit: Annotated[str, Form()] = "",
) -> Response:
    form = {"total": total, "total_reason": total_reason, "grade": grade, "grade_reason": grade_reason,
            "opinion": opinion, "deadline": deadline, "reviewer_unit": reviewer_unit}
    try:
        with wtx(request) as db:
            rectify.record_decision(db, caller.principal, evaluation_id, **form)
    except WebError as err:
        if err.status in (403, 404):
            raise
        context = _review_context(request, caller, evaluation_id)
        return _page(request, caller, "review.html", status=err.status, **context, error=err.message, form=form)
    return RedirectResponse(f"/evaluations/{evaluation_id}/review", status_code=303)


@pages.get("/evaluations/{evaluation_id}/review/letter.docx")
def letter_page(request: Request, evaluation_id: int, caller: Caller) -> Response:
    return _letter(request, caller, evaluation_id)


def _letter(request: Request, caller: Who, evaluation_id: int) -> Response:
    with tx(request) as db:
        name, data = rectify.letter(db, caller.principal, evaluation_id)
    return Response(data, media_type=DOCX,
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


def _back(back: str, evaluation_id: int) -> RedirectResponse:
    """Back to the overview when the form was posted from it, else to the evaluation's review page."""
    path = "/rectifications" if back == "overview" else f"/evaluations/{evaluation_id}/review"
    return RedirectResponse(path, status_code=303)


@pages.post("/rectifications/{item_id}/answer")
def answer_page(request: Request, item_id: int, caller: Caller, status: Annotated[str, Form()],
                text: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "") -> Response:
    with wtx(request) as db:
        item = rectify.answer(db, caller.principal, item_id, status, text)
        evaluation_id = item.evaluation_id
    return _back(back, evaluation_id)


@pages.post("/rectifications/{item_id}/{action}")
def close_page(request: Request, item_id: int, action: str, caller: Caller,
               text: Annotated[str, Form()] = "", back: Annotated[str, Form()] = "") -> Response:
    evaluation_id = _close_or_reopen(request, caller, item_id, action, text)["evaluation_id"]
    return _back(back, evaluation_id)


def _close_or_reopen(request: Request, caller: Who, item_id: int, action: str, text: str) -> dict[str, Any]:
    from jixiao.web.access import NotFound

    if action not in ("close", "reopen"):
        raise NotFound(f"未知操作 {action}")
    with wtx(request) as db:
        run = rectify.close if action == "close" else rectify.reopen
        return rectify.item_view(run(db, caller.principal, item_id, text))


@pages.get("/rectifications")
def rectifications_page(request: Request, caller: Caller, closed: str = "") -> HTMLResponse:
    with tx(request) as db:
        entries = rectify.overview(db, caller.principal, include_closed=bool(closed))
    return _page(request, caller, "rectifications.html", groups=rectify.by_unit(entries), entries=entries,
                 closed=bool(closed), labels=rectify.RECTIFICATION_LABELS, answers=rectify.ANSWERS)


class DecisionIn(BaseModel):
    total: str
    grade: str
    opinion: str
    total_reason: str = ""
    grade_reason: str = ""
    deadline: str = ""
    reviewer_unit: str = ""


class AnswerIn(BaseModel):
    status: str
    text: str = ""


class NoteIn(BaseModel):
    text: str = ""


@api.get("/evaluations/{evaluation_id}/decision", summary="复核决定（未记录时为建议值）、整改事项和全过程记录")
def get_decision(request: Request, evaluation_id: int, caller: Caller) -> dict[str, Any]:
    context = _review_context(request, caller, evaluation_id)
    suggested = context["suggested"]
    return {"decision": context["decision"], "suggested": suggested.__dict__, "rectifications": context["items"],
            "history": context["events"]}


@api.put("/evaluations/{evaluation_id}/decision", summary="记录复核决定（复核员）：为每个错误级问题建立整改事项")
def put_decision(request: Request, evaluation_id: int, body: DecisionIn, caller: Caller) -> dict[str, Any]:
    with wtx(request) as db:
        decision = rectify.record_decision(db, caller.principal, evaluation_id, **body.model_dump())
        return rectify.decision_view(decision) or {}


@api.get("/evaluations/{evaluation_id}/letter", summary="复核意见（Word，官方公文格式）")
def get_letter(request: Request, evaluation_id: int, caller: Caller) -> Response:
    return _letter(request, caller, evaluation_id)


@api.get("/rectifications", summary="整改事项：复核员为本地区、填报员为本单位的未关闭事项，按期限排列")
def list_rectifications(request: Request, caller: Caller, closed: bool = False) -> list[dict[str, Any]]:
    with tx(request) as db:
        return rectify.overview(db, caller.principal, include_closed=closed)


@api.post("/rectifications/{item_id}/answer", summary="单位答复整改事项（整改中、已整改、不予整改）")
def answer_item(request: Request, item_id: int, body: AnswerIn, caller: Caller) -> dict[str, Any]:
    with wtx(request) as db:
        return rectify.item_view(rectify.answer(db, caller.principal, item_id, body.status, body.text))


@api.post("/rectifications/{item_id}/close", summary="复核员确认并关闭整改事项")
def close_item(request: Request, item_id: int, body: NoteIn, caller: Caller) -> dict[str, Any]:
    return _close_or_reopen(request, caller, item_id, "close", body.text)


@api.post("/rectifications/{item_id}/reopen", summary="复核员重新打开整改事项（须写理由）")
def reopen_item(request: Request, item_id: int, body: NoteIn, caller: Caller) -> dict[str, Any]:
    return _close_or_reopen(request, caller, item_id, "reopen", body.text)
