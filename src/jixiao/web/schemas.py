"""Request and response bodies of the JSON API."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from jixiao.model import Evaluation


class EvaluationSummary(BaseModel):
    id: int
    unit_id: int
    unit: str
    year: int
    kind: str
    title: str
    status: str
    version: int
    total: str | None
    grade: str | None
    open_findings: int
    updated_at: str


class EvaluationDetail(EvaluationSummary):
    evaluation: dict[str, Any]
    import_warnings: list[str] = []


class CreateRequest(BaseModel):
    unit_id: int
    template: str | None = Field(None, description="`jixiao init` 的模板名；与 evaluation 二选一")
    evaluation: Evaluation | None = None
    confirm_duplicate: bool = Field(False, description="已知该单位有相同年度、类型和标题的评价，仍然新建")


class SaveRequest(BaseModel):
    version: int = Field(description="修改所基于的版本号（乐观锁）")
    evaluation: Evaluation


class ActionRequest(BaseModel):
    comment: str = ""
    field: str = ""


class CommentRequest(BaseModel):
    text: str
    field: str = ""


class UserRequest(BaseModel):
    name: str
    password: str
    role: str
    units: list[str] = Field([], description="填报员负责的单位名称（须已存在）")
    region: str = Field("", description="复核员复核的地区（须已有该地区的单位）")


class UnitRequest(BaseModel):
    name: str
    region: str = Field("", description="所属地区（必填；空则拒绝）")


class PasswordReset(BaseModel):
    password: str = Field(description="新密码（至少 8 个字符）")


class PasswordChange(BaseModel):
    current: str
    new: str = Field(description="新密码（至少 8 个字符）")
