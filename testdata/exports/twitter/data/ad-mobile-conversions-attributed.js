window.YTD.ad_mobile_conversions_attributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "attributedMobileAppConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "PostEngagement",
              "mobilePlatform" : "iOS",
              "conversionEvent" : "Purchase",
              "applicationName" : "Example Groceries",
              "conversionValue" : "23.40",
              "conversionTime" : "2024-02-18 17:22:09",
              "additionalParameters" : {
                "currency" : "GBP"
              }
            },
            {
              "attributedConversionType" : "PostView",
              "mobilePlatform" : "iOS",
              "conversionEvent" : "Install",
              "applicationName" : "Example Fitness",
              "conversionTime" : "2024-02-20 07:05:51"
            }
          ]
        }
      }
    }
  }
]
