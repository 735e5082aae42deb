package ma.maharat.impact.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.impact.entity.FollowUpDetails;
import ma.maharat.impact.entity.OrderLine;
import ma.maharat.impact.entity.TurnoverBand;

/**
 * The follow-up form's fields, shared by the administrators' page and the president's public page
 * (WEB-INF/includes/follow-up-form.xhtml), so the two ask the same questions in the same words.
 */
public class FollowUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Empty order lines offered at a time; more are added on demand. */
    static final int BLANK_ORDERS = 3;

    /** An order line of the form. */
    public static class OrderRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String client;
        private Integer items;
        private Long valueMad;

        public String getClient() {
            return client;
        }

        public void setClient(String client) {
            this.client = client;
        }

        public Integer getItems() {
            return items;
        }

        public void setItems(Integer items) {
            this.items = items;
        }

        public Long getValueMad() {
            return valueMad;
        }

        public void setValueMad(Long valueMad) {
            this.valueMad = valueMad;
        }
    }

    private TurnoverBand turnoverBand;
    private Integer membersWomen;
    private Integer membersMen;
    private Integer paidJobsWomen;
    private Integer paidJobsMen;
    private String newProducts;
    private String equipmentAcquired;
    private Integer qualityIncidents;
    private String story;
    private final List<OrderRow> orders = new ArrayList<>();

    /** A blank form: counts empty, a few empty order lines. */
    public static FollowUpForm blank() {
        FollowUpForm form = new FollowUpForm();
        form.addOrderRows();
        return form;
    }

    /** The form filled with what a follow-up says, to correct it. */
    public static FollowUpForm of(FollowUpDetails details) {
        FollowUpForm form = new FollowUpForm();
        form.turnoverBand = details.turnoverBand();
        form.membersWomen = details.membersWomen();
        form.membersMen = details.membersMen();
        form.paidJobsWomen = details.paidJobsWomen();
        form.paidJobsMen = details.paidJobsMen();
        form.newProducts = details.newProducts();
        form.equipmentAcquired = details.equipmentAcquired();
        form.qualityIncidents = details.qualityIncidents();
        form.story = details.story();
        for (OrderLine line : details.orders()) {
            OrderRow row = new OrderRow();
            row.client = line.client();
            row.items = line.items();
            row.valueMad = line.valueMad();
            form.orders.add(row);
        }
        form.addOrderRows();
        return form;
    }

    public FollowUpDetails details() {
        return new FollowUpDetails(turnoverBand, membersWomen, membersMen, paidJobsWomen, paidJobsMen, newProducts, equipmentAcquired,
                qualityIncidents, story, orders.stream().map(o -> new OrderLine(o.client, o.items, o.valueMad)).toList());
    }

    public void addOrderRows() {
        for (int i = 0; i < BLANK_ORDERS; i++) {
            orders.add(new OrderRow());
        }
    }

    public TurnoverBand[] getTurnoverBands() {
        return TurnoverBand.values();
    }

    public List<OrderRow> getOrders() {
        return orders;
    }

    public TurnoverBand getTurnoverBand() {
        return turnoverBand;
    }

    public void setTurnoverBand(TurnoverBand turnoverBand) {
        this.turnoverBand = turnoverBand;
    }

    public Integer getMembersWomen() {
        return membersWomen;
    }

    public void setMembersWomen(Integer membersWomen) {
        this.membersWomen = membersWomen;
    }

    public Integer getMembersMen() {
        return membersMen;
    }

    public void setMembersMen(Integer membersMen) {
        this.membersMen = membersMen;
    }

    public Integer getPaidJobsWomen() {
        return paidJobsWomen;
    }

    public void setPaidJobsWomen(Integer paidJobsWomen) {
        this.paidJobsWomen = paidJobsWomen;
    }

    public Integer getPaidJobsMen() {
        return paidJobsMen;
    }

    public void setPaidJobsMen(Integer paidJobsMen) {
        this.paidJobsMen = paidJobsMen;
    }

    public String getNewProducts() {
        return newProducts;
    }

    public void setNewProducts(String newProducts) {
        this.newProducts = newProducts;
    }

    public String getEquipmentAcquired() {
        return equipmentAcquired;
    }

    public void setEquipmentAcquired(String equipmentAcquired) {
        this.equipmentAcquired = equipmentAcquired;
    }

    public Integer getQualityIncidents() {
        return qualityIncidents;
    }

    public void setQualityIncidents(Integer qualityIncidents) {
        this.qualityIncidents = qualityIncidents;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }
}
