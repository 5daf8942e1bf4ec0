"""Claims (réclamations, litiges) with their history, and rewards (remises, bons de réduction).

- ``claims``: one row per claim, walked through the four steps of the seed; JSON text
  columns hold the step-3 analysis, the departments contacted and the gesture details;
- ``claim_events``: the history of a claim (who, when, what), deleted with it;
- ``rewards``: discounts and vouchers a client may use on a next invoice, given as a
  claim's commercial gesture or for loyalty.

Amounts and percentages are BIGINT counts of their smallest unit, as in 0001; this
file must never import application code.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("client_words", sa.Text(), nullable=False),
        sa.Column("reformulation", sa.Text(), nullable=False),
        sa.Column("founded", sa.Boolean(), nullable=True),
        sa.Column("analysis", sa.Text(), nullable=False),
        sa.Column("departments", sa.Text(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("gesture", sa.String(length=30), nullable=True),
        sa.Column("gesture_details", sa.Text(), nullable=False),
        sa.Column("credit_note_id", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_claims_client_id_clients")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoices.id"],
                                name=op.f("fk_claims_invoice_id_invoices")),
        sa.ForeignKeyConstraint(["credit_note_id"], ["invoices.id"],
                                name=op.f("fk_claims_credit_note_id_invoices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sa.UniqueConstraint("number", name=op.f("uq_claims_number")),
    )
    with op.batch_alter_table("claims") as batch:
        batch.create_index(batch.f("ix_claims_client_id"), ["client_id"])
        batch.create_index(batch.f("ix_claims_invoice_id"), ["invoice_id"])
        batch.create_index(batch.f("ix_claims_status"), ["status"])

    op.create_table(
        "claim_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=120), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"],
                                name=op.f("fk_claim_events_claim_id_claims"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_events")),
    )
    with op.batch_alter_table("claim_events") as batch:
        batch.create_index(batch.f("ix_claim_events_claim_id"), ["claim_id"])

    op.create_table(
        "rewards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("percent", sa.BigInteger(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("used_invoice_id", sa.Integer(), nullable=True),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_rewards_client_id_clients")),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"],
                                name=op.f("fk_rewards_claim_id_claims")),
        sa.ForeignKeyConstraint(["used_invoice_id"], ["invoices.id"],
                                name=op.f("fk_rewards_used_invoice_id_invoices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rewards")),
    )
    with op.batch_alter_table("rewards") as batch:
        batch.create_index(batch.f("ix_rewards_client_id"), ["client_id"])
        batch.create_index(batch.f("ix_rewards_claim_id"), ["claim_id"])


def downgrade() -> None:
    op.drop_table("rewards")
    op.drop_table("claim_events")
    op.drop_table("claims")
