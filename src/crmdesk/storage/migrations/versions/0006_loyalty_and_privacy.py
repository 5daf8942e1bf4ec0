"""Loyalty actions (fidélisation), satisfaction surveys, referrals, mailings; anonymised clients.

- ``loyalty_actions``: one dated action for one client, filed under one of the seed's
  four objectives (connaître, informer, récompenser, impliquer): a follow-up call or
  appointment with its due date, a gift, an invitation, a mailing sent, a suggestion…
  Actions planned together for a segment share a ``batch``;
- ``surveys``: a satisfaction score 0–10 with a comment (NPS);
- ``referrals``: who referred whom, and the reward given to the sponsor;
- ``mailings``: a message prepared for a segment (one .eml per client, a CSV);
- ``clients.anonymised_at``: when a client's personal data was erased (issued
  documents keep their frozen snapshots).

Amounts are BIGINT counts of cents, as in 0001; this file must never import
application code.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("clients", sa.Column("anonymised_at", sa.DateTime(), nullable=True))

    op.create_table(
        "mailings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("segment", sa.String(length=80), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailings")),
    )

    op.create_table(
        "loyalty_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("objective", sa.String(length=12), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("value", sa.BigInteger(), nullable=True),
        sa.Column("segment", sa.String(length=80), nullable=False),
        sa.Column("batch", sa.String(length=40), nullable=False),
        sa.Column("mailing_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_loyalty_actions_client_id_clients")),
        sa.ForeignKeyConstraint(["mailing_id"], ["mailings.id"],
                                name=op.f("fk_loyalty_actions_mailing_id_mailings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loyalty_actions")),
    )
    with op.batch_alter_table("loyalty_actions") as batch:
        batch.create_index(batch.f("ix_loyalty_actions_client_id"), ["client_id"])
        batch.create_index("ix_loyalty_actions_status_due", ["status", "due_on"])

    op.create_table(
        "surveys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("score BETWEEN 0 AND 10", name=op.f("ck_surveys_score_range")),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_surveys_client_id_clients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surveys")),
    )
    with op.batch_alter_table("surveys") as batch:
        batch.create_index(batch.f("ix_surveys_client_id"), ["client_id"])
        batch.create_index(batch.f("ix_surveys_answered_on"), ["answered_on"])

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sponsor_id", sa.Integer(), nullable=False),
        sa.Column("referred_id", sa.Integer(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("reward_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("sponsor_id <> referred_id", name=op.f("ck_referrals_not_self")),
        sa.ForeignKeyConstraint(["sponsor_id"], ["clients.id"],
                                name=op.f("fk_referrals_sponsor_id_clients")),
        sa.ForeignKeyConstraint(["referred_id"], ["clients.id"],
                                name=op.f("fk_referrals_referred_id_clients")),
        sa.ForeignKeyConstraint(["reward_id"], ["rewards.id"],
                                name=op.f("fk_referrals_reward_id_rewards")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("referred_id", name=op.f("uq_referrals_referred_id")),
    )
    with op.batch_alter_table("referrals") as batch:
        batch.create_index(batch.f("ix_referrals_sponsor_id"), ["sponsor_id"])


def downgrade() -> None:
    op.drop_table("referrals")
    op.drop_table("surveys")
    op.drop_table("loyalty_actions")
    op.drop_table("mailings")
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("anonymised_at")
