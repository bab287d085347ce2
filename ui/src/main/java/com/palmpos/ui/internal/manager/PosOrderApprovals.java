package com.palmpos.ui.internal.manager;

import com.palmpos.pos.staff.ApprovalResult;
import com.palmpos.pos.staff.ApprovedOrderActions;
import com.palmpos.pos.staff.ManagerApproval;
import com.palmpos.pos.staff.SensitiveAction;
import com.palmpos.ui.internal.i18n.Messages;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link OrderApprovals} over the pos module's {@link ManagerApproval} (PIN, role and lockout; every outcome
 * audited) and {@link ApprovedOrderActions} (the void or refund audited with who approved it). Thread-safe.
 */
final class PosOrderApprovals implements OrderApprovals {

    private final ManagerApproval approval;
    private final ApprovedOrderActions actions;
    private final String managerId;
    private final Messages messages;
    private final ZoneId zone;

    PosOrderApprovals(ManagerApproval approval, ApprovedOrderActions actions, String managerId, Messages messages,
            ZoneId zone) {
        this.approval = approval;
        this.actions = actions;
        this.managerId = managerId;
        this.messages = messages;
        this.zone = zone;
    }

    @Override
    public Result voidOrder(char[] pin, String orderId, String reason) {
        return approved(pin, SensitiveAction.VOID, orderId,
                granted -> new Done(actions.voidOrder(granted.approval(), orderId, reason)));
    }

    @Override
    public Result refund(char[] pin, String orderId, Map<String, Integer> quantities, String reason) {
        return approved(pin, SensitiveAction.REFUND, orderId,
                granted -> new Done(actions.refund(granted.approval(), orderId, quantities, reason)));
    }

    private Result approved(char[] pin, SensitiveAction action, String orderId,
            Function<ApprovalResult.Granted, Result> work) {
        ApprovalResult answer = approval.authorize(managerId, pin, action, orderId);
        return answer instanceof ApprovalResult.Granted granted ? work.apply(granted)
                : new Refused(refusal(answer, messages, zone));
    }

    /** The sentence for an approval that was not granted, in the screen's language (times in {@code zone}). */
    static String refusal(ApprovalResult answer, Messages messages, ZoneId zone) {
        if (answer instanceof ApprovalResult.WrongPin wrong) {
            return messages.get("manager.approval.wrong", wrong.attemptsLeft());
        }
        if (answer instanceof ApprovalResult.LockedOut locked) {
            return messages.get("manager.approval.locked", messages.timeFormatter(zone).format(locked.until()));
        }
        if (answer instanceof ApprovalResult.NotAManager notManager) {
            return messages.get("manager.approval.notManager", notManager.name());
        }
        return answer.message();
    }
}
