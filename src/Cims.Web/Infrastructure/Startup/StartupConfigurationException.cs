namespace Cims.Web.Infrastructure.Startup;

/// <summary>Configuration or environment that stops CIMS from starting; its message is shown without a stack trace.</summary>
public sealed class StartupConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
