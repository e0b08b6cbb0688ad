using Cims.Web.Infrastructure.Pdf;

namespace Cims.Web.Infrastructure.Training;

/// <summary>In the training environment, every PDF written while answering a request carries the training marking.</summary>
public sealed class TrainingPdfMarking(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        PdfMarking.Current = TrainingMode.Marking;
        return next(context);
    }
}
