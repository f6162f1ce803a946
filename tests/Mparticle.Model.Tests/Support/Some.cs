namespace Mparticle.Tests.Support;

/// <summary>
/// Model objects with every field set, to values the official schema accepts. <c>lifetimeValueChange</c> and
/// <c>schemaVersion</c> add the two fields where this library deliberately differs from the schema.
/// </summary>
internal static class Some
{
    public const string Uuid = "3fb44a79-df2d-446d-acf1-e87eda854ae1";
    public const long Time = 1558388284107;

    public static Batch FullBatch(bool withSchemaConflicts = false)
    {
        var batch = new Batch
        {
            Environment = MparticleEnvironment.Development,
            SourceRequestId = "769D83CB-8C60-48F9-A0C1-C38CF1B40A4F",
            UserIdentities = FullUserIdentities(),
            DeviceInfo = FullDeviceInformation(),
            ApplicationInfo = FullApplicationInformation(),
            SourceInfo = new SourceInformation { Channel = SourceChannel.ServerToServer, Partner = "partner", ReplayRequestId = "r1", ReplayJobId = "j1", IsHistorical = false },
            Context = new BatchContext { DataPlan = new DataPlanContext("my_plan") { PlanVersion = 2 }, Location = FullGeoLocation() },
            ConsentState = FullConsentState(),
            AttributionInfo = new AttributionInfo("provider", "publisher", "campaign"),
            PartnerIdentity = "legacy",
            Mpid = -7636538281262557000,
            OriginMpid = 9007199254740993,
            MpDeviceId = Uuid,
            Ip = "100.38.5.94",
            TimestampUnixtimeMs = Time,
            BatchId = -8602161397754364000,
            SdkVersion = "7.9.2",
            JobId = "job",
            SchemaVersion = withSchemaConflicts ? 2 : null,
            UserAttributes = { ["$firstname"] = "Ada", ["age"] = 36, ["vip"] = false, ["score"] = 19.99m, ["ratio"] = 0.5, ["gone"] = UserAttributeValue.Null, ["tags"] = new[] { "a", "b" } },
            DeletedUserAttributes = { "old attribute" },
            IntegrationAttributes = { ["92"] = new Dictionary<string, string> { ["appsflyer_id_integration_setting"] = "1558328425529-6235588" } },
            PartnerIdentities = { ["Partner_Id"] = "p-1" },
        };
        foreach (var e in AllEvents(withSchemaConflicts))
        {
            batch.Events.Add(e);
        }

        return batch;
    }

    /// <summary>One event of every kind, every field set.</summary>
    public static IEnumerable<BaseEvent> AllEvents(bool withSchemaConflicts = false)
    {
        yield return Common(new AppEvent("Example", CustomEventType.Navigation), withSchemaConflicts);
        yield return Common(FullCommerceEvent(), withSchemaConflicts);
        yield return Common(new ScreenViewEvent("Home") { ActivityType = "activity_started" }, withSchemaConflicts);
        yield return Common(new SessionStartEvent(), withSchemaConflicts);
        yield return Common(new SessionEndEvent { SessionDurationMs = 0 }, withSchemaConflicts);
        yield return Common(new ApplicationStateTransitionEvent(ApplicationTransitionType.ApplicationInitialized) { SuccessfullyClosed = false, IsFirstRun = true, IsUpgrade = false, PushNotificationPayload = "{\"aps\":{}}", LaunchReferral = "https://example.com/r" }, withSchemaConflicts);
        yield return Common(FullCrashReport(), withSchemaConflicts);
        yield return Common(new BreadcrumbEvent("Opened cart") { SessionNumber = 2 }, withSchemaConflicts);
        yield return Common(new NetworkPerformanceEvent("https://example.com/api") { ResponseCode = 0, HttpVerb = "GET", TimeElapsed = 1000, BytesIn = 1234, BytesOut = 0, Data = "ZGF0YQ==" }, withSchemaConflicts);
        yield return Common(new OptOutEvent(false), withSchemaConflicts);
        yield return Common(new PushRegistrationEvent("token", register: false), withSchemaConflicts);
        yield return Common(new PushMessageEvent(PushMessageType.Action, "token", "{\"aps\":{}}") { Message = "Hi", Network = "apn", ApplicationState = ApplicationState.NotRunning, ActionIdentifier = "reply", PushMessageBehavior = PushMessageBehavior.DirectOpen }, withSchemaConflicts);
        yield return Common(new UninstallEvent(), withSchemaConflicts);
        yield return Common(new FirstRunEvent(), withSchemaConflicts);
        yield return Common(new ProfileEvent(ProfileEventType.Login) { PreviousMpid = 0, CurrentMpid = long.MinValue }, withSchemaConflicts);
        yield return Common(new UserAttributeChangeEvent("tags") { NewValue = new[] { "a", "b" }, OldValue = "a", Deleted = false, IsNewAttribute = true }, withSchemaConflicts);
        yield return Common(new UserIdentityChangeEvent(FullUserIdentity(), new UserIdentity(IdentityType.Email, "old@example.com") { TimestampUnixtimeMs = Time }), withSchemaConflicts);
    }

    public static T Common<T>(T e, bool withSchemaConflicts = false)
        where T : BaseEvent
    {
        e.TimestampUnixtimeMs = Time;
        e.EventId = 6558165446704400378;
        e.SourceMessageId = "84E1B361-A282-4ADF-8A6D-1D31E6DD5A9E";
        e.SessionId = -2271448330363288817;
        e.SessionUuid = Uuid;
        e.SessionStartUnixtimeMs = Time - 1000;
        e.EventStartUnixtimeMs = 0;
        e.CustomAttributes["text"] = "bar";
        e.CustomAttributes["count"] = 3;
        e.CustomAttributes["price"] = 19.99m;
        e.CustomAttributes["ratio"] = 0.25;
        e.CustomAttributes["flag"] = false;
        e.CustomAttributes["nothing"] = null;
        e.CustomFlags["Google.Category"] = "Shop";
        e.Location = FullGeoLocation();
        e.DeviceCurrentState = FullDeviceCurrentState();
        e.IsGoalDefined = false;
        e.LifetimeValueChange = withSchemaConflicts ? true : null;
        e.LifetimeValueAttributeName = "ltv";
        e.DataConnectionType = "wifi";
        e.EventNum = 0;
        e.ViewController = "off_thread";
        e.IsMainThread = false;
        e.CanonicalName = "com.example.Main";
        e.EventSystemNotificationInfo = new EventSystemNotificationInfo(EventSystemNotificationType.GdprChange);
        return e;
    }

    public static CommerceEvent FullCommerceEvent() =>
        new(FullProductAction())
        {
            PromotionAction = FullPromotionAction(),
            ProductImpressions = { FullProductImpression() },
            ShoppingCart = new ShoppingCart { Products = { FullProduct() } },
            CurrencyCode = "USD",
            ScreenName = "Checkout",
            IsNonInteractive = false,
            EventName = "eCommerce - Purchase",
            CustomEventType = CommerceEventType.Purchase,
        };

    public static ProductAction FullProductAction() =>
        new(ProductActionType.Purchase)
        {
            CheckoutStep = 0,
            CheckoutOptions = "express",
            ProductActionList = "search results",
            ProductListSource = "search",
            TransactionId = "T-1",
            Affiliation = "store",
            TotalAmount = 19.99m,
            TaxAmount = 1.50m,
            ShippingAmount = 0m,
            CouponCode = "SAVE",
            Products = { FullProduct() },
        };

    public static PromotionAction FullPromotionAction() =>
        new(PromotionActionType.Click) { Promotions = { FullPromotion() } };

    public static Promotion FullPromotion() =>
        new("PROMO-1", "Summer") { Creative = "banner", Position = "top" };

    public static ProductImpression FullProductImpression() =>
        new("Suggestions") { Products = { FullProduct() } };

    public static Product FullProduct() =>
        new("SKU-1", "Widget")
        {
            Brand = "Acme",
            Category = "Tools",
            Variant = "blue",
            Position = 0,
            Price = 19.99m,
            Quantity = 1m,
            CouponCode = "SAVE",
            AddedToCartTimeMs = Time,
            TotalProductAmount = 19.99m,
            CustomAttributes = { ["color"] = "blue" },
        };

    public static CrashReportEvent FullCrashReport() =>
        new()
        {
            Severity = "error",
            Message = "Example error",
            ClassName = "System.InvalidOperationException",
            StackTrace = "at Example()",
            ExceptionHandled = false,
            TopmostContext = "Main",
            PlCrashReportFileBase64 = "UExDUg==",
            IosImageBaseAddress = ulong.MaxValue,
            IosImageSize = 0,
            SessionNumber = 0,
            Breadcrumbs = { new BreadcrumbEvent("Opened cart") { SessionNumber = 1, TimestampUnixtimeMs = Time } },
        };

    public static UserIdentities FullUserIdentities() =>
        new()
        {
            CustomerId = "123456",
            Email = "ada@example.com",
            Other = "o1",
            OtherId2 = "o2",
            OtherId3 = "o3",
            OtherId4 = "o4",
            OtherId5 = "o5",
            OtherId6 = "o6",
            OtherId7 = "o7",
            OtherId8 = "o8",
            OtherId9 = "o9",
            OtherId10 = "o10",
            Facebook = "fb",
            FacebookCustomAudienceId = "fbca",
            Google = "g",
            Microsoft = "ms",
            Twitter = "tw",
            Yahoo = "y",
            Alias = "alias",
            MobileNumber = "+15551234567",
            PhoneNumber2 = "+15551234568",
            PhoneNumber3 = "+15551234569",
        };

    public static UserIdentity FullUserIdentity() =>
        new(IdentityType.CustomerId, "123456") { TimestampUnixtimeMs = Time, CreatedThisBatch = true };

    public static ConsentState FullConsentState() =>
        new()
        {
            Gdpr =
            {
                ["location_collection"] = new GdprConsentState
                {
                    Consented = true,
                    TimestampUnixtimeMs = 1523039002083,
                    Document = "location_collection_agreement_v4",
                    Location = "17 Cherry Tree Lane",
                    HardwareId = "IDFA:a5d934n0-232f-4afc-2e9a-3832d95zc702",
                    Regulation = "gdpr",
                },
                ["parental"] = new GdprConsentState { Consented = false, TimestampUnixtimeMs = 1523039002083 },
            },
            Ccpa = new CcpaConsentState { Consented = true, TimestampUnixtimeMs = 1523039002083, Document = "ccpa_v1", Location = "CA", HardwareId = "IDFA:x", Regulation = "ccpa" },
        };

    public static GeoLocation FullGeoLocation() =>
        new(0, -122.4194)
        {
            Accuracy = 10.5,
            CountryCode = "US",
            RegionCode = "CA",
            CityName = "San Francisco",
            PostalCode = "94103",
            DmaCode = 807,
            LocationSource = "lat_long",
        };

    public static DeviceCurrentState FullDeviceCurrentState() =>
        new()
        {
            TimeSinceStartMs = 1259,
            BatteryLevel = -1,
            DataConnectionType = "wifi",
            DataConnectionTypeDetail = "5g",
            GpsState = false,
            TotalSystemMemoryUsageBytes = 31917297664,
            DiskSpaceFreeBytes = 139796897792,
            ExternalDiskSpaceFreeBytes = 0,
            Cpu = "106",
            SystemMemoryAvailableBytes = 72327168,
            SystemMemoryLow = false,
            SystemMemoryThresholdBytes = 0,
            ApplicationMemoryAvailableBytes = 0,
            ApplicationMemoryMaxBytes = 402653184,
            ApplicationMemoryTotalBytes = 140587008,
            DeviceOrientation = DeviceOrientation.Portrait,
            StatusBarOrientation = DeviceOrientation.LandscapeLeft,
        };

    public static DeviceInformation FullDeviceInformation() =>
        new()
        {
            IosAdvertisingId = "1cc8138f-8aaf-410a-b0b9-6465cfb2af6a",
            IosIdfv = "0f129dcb-d5b9-450b-9003-a38a7b7e946d",
            AndroidAdvertisingId = "00000000-0000-0000-0000-000000000000",
            AndroidUuid = "android-id",
            PushToken = "push-token",
            RokuAdvertisingId = "11111111-1111-1111-1111-111111111111",
            RokuPublisherId = "22222222-2222-2222-2222-222222222222",
            FireAdvertisingId = "33333333-3333-3333-3333-333333333333",
            MicrosoftAdvertisingId = "ms-ad",
            MicrosoftPublisherId = "ms-pub",
            AmpId = "amp",
            Platform = Platform.IOS,
            Brand = "Apple",
            Product = "iPad",
            Device = "iPad Pro",
            DeviceManufacturer = "Apple",
            OsVersion = "12.2",
            DeviceModel = "x86_64",
            ScreenHeight = 2732,
            ScreenWidth = 2048,
            ScreenDpi = 0,
            DeviceCountry = "US",
            LocaleLanguage = "en",
            LocaleCountry = "US",
            NetworkCountry = "us",
            NetworkCarrier = "Carrier",
            NetworkCode = "410",
            NetworkMobileCountryCode = "310",
            TimezoneOffset = -4,
            BuildIdentifier = "18E226",
            BuildVersionRelease = "12",
            HttpHeaderUserAgent = "Mozilla/5.0",
            CpuArchitecture = "x86",
            RadioAccessTechnology = "None",
            BluetoothVersion = "5.0",
            AttAuthorizationStatus = AttAuthorizationStatus.Authorized,
            AttTimestampUnixtimeMs = 1614187122051,
            IsTablet = true,
            PushNotificationSoundEnabled = false,
            PushNotificationVibrateEnabled = false,
            SupportsTelephony = false,
            HasNfc = false,
            BluetoothEnabled = true,
            LimitAdTracking = false,
            IsDst = true,
        };

    public static ApplicationInformation FullApplicationInformation() =>
        new()
        {
            ApplicationName = "SDK Canary",
            ApplicationVersion = "0.9.5",
            ApplicationBuildNumber = "1",
            InstallReferrer = "utm_source=x",
            Package = "com.mparticle.test.canary",
            Os = ApplicationOs.IOS,
            AppleSearchAdsAttributes = { ["version3.1"] = new Dictionary<string, string> { ["iad-keyword"] = "Keyword", ["iad-attribution"] = "true" } },
        };
}
