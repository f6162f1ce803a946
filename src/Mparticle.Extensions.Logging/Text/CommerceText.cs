using System.Text;

namespace Mparticle.Extensions.Logging.Text;

/// <summary>The readable summary of a commerce payload: <c>purchase (2 products)</c>, <c>promotion click (1 promotion)</c>.</summary>
static class CommerceText
{
    public static StringBuilder Append(StringBuilder text, ProductAction action) =>
        text.SnakeCase(action.Action).Count(action.Products.Count, "product");

    public static StringBuilder Append(StringBuilder text, PromotionAction action) =>
        text.Append("promotion ").SnakeCase(action.Action).Count(action.Promotions.Count, "promotion");

    public static StringBuilder Append(StringBuilder text, CommerceEvent commerceEvent)
    {
        if (commerceEvent.ProductAction is { } productAction)
            Append(text, productAction);
        else if (commerceEvent.PromotionAction is { } promotionAction)
            Append(text, promotionAction);
        else
            text.Append("impressions");

        if (commerceEvent.ProductImpressions.Count > 0)
        {
            var products = 0;
            foreach (var impression in commerceEvent.ProductImpressions)
                products += impression.Products.Count;
            text.Count(products, "product impression");
        }

        if (commerceEvent.CurrencyCode is { Length: > 0 } currency)
            text.Append(' ').Append(currency);
        return text;
    }
}
