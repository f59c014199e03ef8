window.YTD.ad_online_conversions_attributed.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "attributedOnlineConversions" : {
          "conversions" : [
            {
              "attributedConversionType" : "PostEngagement",
              "eventType" : "Purchase",
              "conversionPlatform" : "Desktop",
              "conversionUrl" : "https://bikes.example.com/checkout/complete",
              "advertiserInfo" : {
                "advertiserName" : "Example Bikes",
                "screenName" : "@ExampleBikes"
              },
              "conversionValue" : "649.00",
              "conversionTime" : "2024-03-03 12:01:44",
              "additionalParameters" : {
                "currency" : "GBP",
                "numItems" : "1",
                "productCategory" : "Bicycles"
              }
            },
            {
              "attributedConversionType" : "PostView",
              "eventType" : "PageView",
              "conversionPlatform" : "Desktop",
              "conversionUrl" : "https://bank.example.com/open-account",
              "advertiserInfo" : {
                "advertiserName" : "Example Bank",
                "screenName" : "@ExampleBank"
              },
              "conversionValue" : "0",
              "conversionTime" : "2024-03-06 09:30:00",
              "additionalParameters" : { }
            }
          ]
        }
      }
    }
  }
]
